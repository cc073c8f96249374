/** Site-wide constants: name, navigation, repository links. */
export const SITE_NAME = 'CNI Compare';
export const SITE_TAGLINE = 'Kubernetes network plugins compared, with every fact sourced';
/** Where corrections are reported. Change when the repository moves. */
export const REPO_URL = process.env.REPO_URL ?? 'https://github.com/cni-compare/cni-compare';

export const NAV = [
  { href: '/matrix/', label: 'Matrix' },
  { href: '/features/', label: 'Features' },
  { href: '/cni/', label: 'CNIs' },
  { href: '/compare/', label: 'Compare' },
  { href: '/benchmarks/', label: 'Benchmarks' },
  { href: '/recommend/', label: 'Recommend' },
  { href: '/articles/', label: 'Articles' },
] as const;
