/** Site-wide constants: name, navigation, repository links. */
export const SITE_NAME = 'CNI Compare';
export const SITE_TAGLINE = 'Kubernetes network plugins compared, with every fact sourced';
/**
 * The public repository, where corrections are reported; set REPO_URL when building a deployment
 * (e.g. REPO_URL=https://github.com/org/cni-compare). Unset, pages describe the process without a link.
 */
export const REPO_URL: string | undefined = process.env.REPO_URL || undefined;

export const NAV = [
  { href: '/matrix/', label: 'Matrix' },
  { href: '/features/', label: 'Features' },
  { href: '/cni/', label: 'CNIs' },
  { href: '/compare/', label: 'Compare' },
  { href: '/platforms/', label: 'Platforms' },
  { href: '/migrate/', label: 'Migrate' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/recommend/', label: 'Recommend' },
  { href: '/articles/', label: 'Articles' },
] as const;
