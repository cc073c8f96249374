/**
 * The questions on /recommend/ and how each answer maps to feature ids as `must` or `want`.
 * Answers and the URL (`?must=…&want=…&commercial=1`) convert both ways.
 */
import type { Requirements } from './recommend.ts';

export type Level = 'none' | 'want' | 'must';

export interface Question {
  id: string;
  text: string;
  help: string;
  /** Feature ids this answer adds. */
  features: string[];
  /** Choices beyond none/want/must (encryption); each maps to its own must/want lists. */
  choices?: { id: string; label: string; must: string[]; want: string[] }[];
}

export const QUESTIONS: Question[] = [
  { id: 'windows', text: 'Do you run Windows worker nodes?', help: 'Windows Server nodes in the same cluster as Linux nodes.', features: ['windows-nodes'] },
  {
    id: 'bgp',
    text: 'Must the cluster peer over BGP with your routers?',
    help: 'Exchange pod routes with top-of-rack or data-centre routers.',
    features: ['bgp'],
  },
  { id: 'l7', text: 'Do you need layer 7 (HTTP) policy?', help: 'Allow or deny by HTTP method and path.', features: ['l7-policy'] },
  { id: 'dns', text: 'Do you need DNS / FQDN egress policy?', help: 'Allow egress to domain names rather than IP addresses.', features: ['dns-policy'] },
  {
    id: 'encryption',
    text: 'Encryption between nodes?',
    help: 'Encrypt pod traffic in transit between nodes.',
    features: ['wireguard', 'ipsec'],
    choices: [
      { id: 'wireguard', label: 'WireGuard required', must: ['wireguard'], want: [] },
      { id: 'ipsec', label: 'IPsec required (e.g. for FIPS)', must: ['ipsec'], want: [] },
      { id: 'either', label: 'Either would do (preference)', must: [], want: ['wireguard', 'ipsec'] },
    ],
  },
  {
    id: 'multicluster',
    text: 'Must several clusters be connected?',
    help: 'Pods in different clusters reach each other directly.',
    features: ['cluster-mesh'],
  },
  {
    id: 'ebpf',
    text: 'Replace kube-proxy with an eBPF dataplane?',
    help: 'Services handled by eBPF instead of iptables/IPVS kube-proxy.',
    features: ['kube-proxy-replacement', 'dataplane-ebpf'],
  },
  {
    id: 'interfaces',
    text: 'Do pods need several network interfaces?',
    help: 'Separate data, management or storage networks per pod (telco, NFV).',
    features: ['multiple-interfaces'],
  },
  { id: 'ipv6', text: 'Do you need IPv6 or dual-stack?', help: 'Pods with IPv6 addresses, alone or alongside IPv4.', features: ['dual-stack'] },
  {
    id: 'external',
    text: 'Must VMs or hosts outside Kubernetes join the network?',
    help: 'Non-Kubernetes workloads covered by the same network and policy.',
    features: ['non-kubernetes-workloads'],
  },
  {
    id: 'edge',
    text: 'Small or edge nodes where simplicity matters?',
    help: 'No external datastore and arm64 images.',
    features: ['kubernetes-datastore', 'arm64'],
  },
];

export type Answers = Record<string, string>;

/** Turns answers (question id → none|want|must or a choice id) into requirements. */
export function requirementsFromAnswers(answers: Answers, commercial: boolean, extra: Requirements = { must: [], want: [], commercial }): Requirements {
  const must = [...extra.must];
  const want = [...extra.want];
  for (const q of QUESTIONS) {
    const a = answers[q.id] ?? 'none';
    const choice = q.choices?.find((c) => c.id === a);
    if (choice) {
      must.push(...choice.must);
      want.push(...choice.want);
    } else if (a === 'must') must.push(...q.features);
    else if (a === 'want') want.push(...q.features);
  }
  const uniq = (xs: string[]) => [...new Set(xs)];
  const m = uniq(must);
  return { must: m, want: uniq(want).filter((id) => !m.includes(id)), commercial };
}

/** Reads answers back from requirements; feature ids no question covers are returned as `extra`. */
export function answersFromRequirements(req: Requirements): { answers: Answers; extra: Requirements } {
  const answers: Answers = {};
  const used = new Set<string>();
  for (const q of QUESTIONS) {
    const choice = q.choices?.find(
      (c) =>
        c.must.length + c.want.length > 0 &&
        c.must.every((id) => req.must.includes(id)) &&
        c.want.every((id) => req.want.includes(id)) &&
        (c.must.length > 0 || c.want.length === q.features.length),
    );
    if (choice) {
      answers[q.id] = choice.id;
      [...choice.must, ...choice.want].forEach((id) => used.add(id));
      continue;
    }
    if (q.features.every((id) => req.must.includes(id))) {
      answers[q.id] = 'must';
      q.features.forEach((id) => used.add(id));
    } else if (q.features.every((id) => req.want.includes(id))) {
      answers[q.id] = 'want';
      q.features.forEach((id) => used.add(id));
    } else answers[q.id] = 'none';
  }
  return {
    answers,
    extra: { must: req.must.filter((id) => !used.has(id)), want: req.want.filter((id) => !used.has(id)), commercial: req.commercial },
  };
}
