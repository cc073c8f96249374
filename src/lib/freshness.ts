/** When a verified fact counts as stale: more than `months` months before the build. */
export const STALE_AFTER_MONTHS = 12;

export function isStale(verified: string, today: Date = new Date(), months = STALE_AFTER_MONTHS): boolean {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return verified < cutoff.toISOString().slice(0, 10);
}

/** "23 November 2026" — unambiguous for an international audience. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
