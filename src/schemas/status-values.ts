/**
 * The closed set of support statuses, the only place they are defined, with every label, icon and
 * description the site shows. Free of zod so browser code can import it without the schema library.
 */
export const STATUSES = ['yes', 'partial', 'no', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export interface StatusInfo {
  /** Text label: status is never shown by colour alone. */
  label: string;
  /** A glyph shown beside the label (decorative; the label carries the meaning). */
  icon: string;
  /** What the status means, shown in legends and on the methodology page. */
  meaning: string;
}

export const STATUS_INFO: Record<Status, StatusInfo> = {
  yes: { label: 'Yes', icon: '✓', meaning: 'The open-source edition supports it as described, in a released version.' },
  partial: {
    label: 'Partial',
    icon: '◐',
    meaning:
      'Supported with a material gap: a missing mandatory behaviour, only in a non-default mode that rules out other main features, only as alpha/beta, or only for some cases. The note names the gap.',
  },
  no: { label: 'No', icon: '✗', meaning: 'Not supported by the open-source edition (a paid edition may have it; the cell says so).' },
  unknown: { label: 'Unknown', icon: '?', meaning: 'We could not confirm it at an official source; the note says what was searched.' },
};

/** Statuses that need a note explaining them. */
export const STATUSES_NEEDING_NOTE: readonly Status[] = ['partial', 'unknown'];
