import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  OWN_INFRASTRUCTURE,
  parseRequirements,
  recommend,
  serializeRequirements,
  STANCE_CAVEAT,
  type RecommendData,
  type RecommendPlatform,
} from '../../src/lib/recommend.ts';
import { decisionRecordMarkdown, shareableUrl } from '../../src/lib/recommend-view.ts';
import type { Stance } from '../../src/schemas/platforms.ts';
import { answersFromRequirements, requirementsFromAnswers } from '../../src/lib/recommend-questions.ts';
import { cell, realDataset, tinyDataset } from '../support/dataset.ts';

describe('scoring', () => {
  const ds = tinyDataset({
    alpha: { f1: 'yes', f2: 'yes', f3: 'no' },
    beta: { f1: 'yes', f2: 'partial', f3: 'yes' },
    gamma: { f1: 'no', f2: 'yes', f3: 'yes' },
    delta: { f1: 'unknown', f2: 'yes', f3: 'yes' },
  });

  test('a must that is no or unknown excludes, naming the failed requirement', () => {
    const r = recommend(ds, { must: ['f1'], want: [], commercial: false });
    assert.deepEqual(
      r.excluded.map((x) => [x.cni, x.reasons]),
      [
        ['delta', ['Feature f1: unknown']],
        ['gamma', ['Feature f1: no']],
      ],
    );
    assert.deepEqual(
      r.ranked.map((x) => x.cni),
      ['alpha', 'beta'],
    );
  });

  test('yes scores 2, partial 1, must weighs twice a want', () => {
    const r = recommend(ds, { must: ['f1'], want: ['f2', 'f3'], commercial: false });
    const score = Object.fromEntries(r.ranked.map((x) => [x.cni, x.score]));
    assert.deepEqual(score, { alpha: 4 + 2 + 0, beta: 4 + 1 + 2 });
    assert.equal(r.ranked[0]!.cni, 'beta');
    assert.equal(r.ranked[0]!.maxScore, 8);
  });

  test('ties share a rank, are marked, and fall back to alphabetical order', () => {
    const r = recommend(ds, { must: [], want: ['f2'], commercial: false });
    const yes = r.ranked.filter((x) => x.score === 2);
    assert.deepEqual(
      yes.map((x) => [x.cni, x.rank, x.tied]),
      [
        ['alpha', 1, true],
        ['delta', 1, true],
        ['gamma', 1, true],
      ],
    );
    assert.deepEqual(r.ranked.at(-1), { ...r.ranked.at(-1)!, cni: 'beta', rank: 4, tied: false });
  });

  test('an archived project is never ranked, even when it meets everything', () => {
    const archived = tinyDataset({ old: { f1: 'yes' }, young: { f1: 'partial' } }, { old: { maintenance: 'archived', maintenanceNote: 'Archived in 2024.' } });
    const r = recommend(archived, { must: ['f1'], want: [], commercial: false });
    assert.deepEqual(
      r.ranked.map((x) => x.cni),
      ['young'],
    );
    assert.equal(r.excluded[0]!.kind, 'unmaintained');
    assert.match(r.excluded[0]!.reasons[0]!, /archived.*never recommended/);
  });

  test('a maintenance-only project is ranked with that caveat first', () => {
    const m = tinyDataset({ calm: { f1: 'yes' } }, { calm: { maintenance: 'maintenance', maintenanceNote: 'only fixes' } });
    assert.match(recommend(m, { must: ['f1'], want: [], commercial: false }).ranked[0]!.caveats[0]!, /maintenance only: only fixes/);
  });

  test('paid editions count only when allowed, with a caveat', () => {
    const c = tinyDataset({ paid: { f1: cell('no', { commercial: true, note: 'Enterprise edition only.' }) } });
    assert.equal(recommend(c, { must: ['f1'], want: [], commercial: false }).ranked.length, 0);
    assert.match(recommend(c, { must: ['f1'], want: [], commercial: false }).excluded[0]!.reasons[0]!, /allow paid editions/);
    const allowed = recommend(c, { must: ['f1'], want: [], commercial: true });
    assert.equal(allowed.ranked[0]!.score, 2);
    assert.match(allowed.ranked[0]!.caveats[0]!, /needs a paid edition: Enterprise edition only/);
  });

  test('on the real data, Weave Net is never recommended and Windows narrows the field', () => {
    const ds = realDataset();
    const r = recommend(ds, { must: ['windows-nodes'], want: [], commercial: false });
    assert.ok(!r.ranked.some((x) => x.cni === 'weave-net'));
    assert.ok(r.excluded.some((x) => x.cni === 'weave-net' && x.kind === 'unmaintained'));
    for (const x of r.ranked) assert.notEqual(ds.support[x.cni]!['windows-nodes']!.status, 'no');
  });
});

describe('requirements in the URL', () => {
  const ids = ['windows-nodes', 'bgp', 'wireguard', 'ipsec'];
  test('round-trips the documented example', () => {
    const q = 'must=windows-nodes,bgp&want=wireguard&commercial=1';
    const { req, ignored } = parseRequirements(q, ids);
    assert.deepEqual(req, { must: ['windows-nodes', 'bgp'], want: ['wireguard'], commercial: true });
    assert.deepEqual(ignored, []);
    assert.equal(serializeRequirements(req), q);
  });
  test('ignores unknown ids and values and reports them; a want that is also a must is dropped', () => {
    const { req, ignored } = parseRequirements('must=bgp,teleport&want=bgp,ipsec&commercial=maybe&x=1', ids);
    assert.deepEqual(req, { must: ['bgp'], want: ['ipsec'], commercial: false });
    assert.deepEqual(ignored, ['unknown feature id "teleport" in must', 'value "maybe" for commercial (use 1 or 0)', 'unknown parameter "x"']);
  });
});

describe('questions ↔ requirements', () => {
  test('answers become requirements and come back unchanged', () => {
    const req = requirementsFromAnswers({ windows: 'must', encryption: 'either', ebpf: 'want' }, false);
    assert.deepEqual(req, { must: ['windows-nodes'], want: ['wireguard', 'ipsec', 'kube-proxy-replacement', 'dataplane-ebpf'], commercial: false });
    const back = answersFromRequirements(req);
    assert.equal(back.answers.windows, 'must');
    assert.equal(back.answers.encryption, 'either');
    assert.equal(back.answers.ebpf, 'want');
    assert.equal(back.answers.bgp, 'none');
    assert.deepEqual(back.extra, { must: [], want: [], commercial: false });
  });
  test('requirements no question covers are kept as extras', () => {
    const back = answersFromRequirements({ must: ['policy-logging', 'ipsec'], want: [], commercial: true });
    assert.equal(back.answers.encryption, 'ipsec');
    assert.deepEqual(back.extra, { must: ['policy-logging'], want: [], commercial: true });
  });
});

describe('caveats carry the notes of the cells behind them', () => {
  const ds = tinyDataset({
    alpha: {
      f1: cell('partial', { note: 'Only for egress to fixed names.' }),
      f2: cell('yes', { note: 'Needs kernel 5.6 or later; off by default.' }),
      f3: cell('yes', { note: 'Works the same on every node of the cluster.' }),
    },
  });

  test('a partial requirement is a caveat with its note', () => {
    const [alpha] = recommend(ds, { must: ['f1'], want: [], commercial: false }).ranked;
    assert.deepEqual(alpha!.caveats, ['Feature f1 is partial: Only for egress to fixed names.']);
  });

  test('a met requirement whose note names a prerequisite is a caveat; one with a plain note is not', () => {
    const [alpha] = recommend(ds, { must: ['f2'], want: ['f3'], commercial: false }).ranked;
    assert.deepEqual(alpha!.caveats, ['Feature f2: Needs kernel 5.6 or later; off by default.']);
  });

  test('wants count too, in the order asked', () => {
    const [alpha] = recommend(ds, { must: [], want: ['f2', 'f1'], commercial: false }).ranked;
    assert.deepEqual(alpha!.caveats, ['Feature f2: Needs kernel 5.6 or later; off by default.', 'Feature f1 is partial: Only for egress to fixed names.']);
  });
});

describe('recommendations for a platform', () => {
  const base = tinyDataset(
    { alpha: { f1: 'yes' }, beta: { f1: 'yes' }, gamma: { f1: 'partial' }, old: { f1: 'yes' } },
    { gamma: { maintenance: 'maintenance', maintenanceNote: 'security fixes only' }, old: { maintenance: 'archived' } },
  );
  const stances: Record<string, { stance: Stance; note: string }> = {
    alpha: { stance: 'unavailable', note: 'Fargate nodes run only the built-in plugin.' },
    beta: { stance: 'default', note: 'New clusters get it.' },
    gamma: { stance: 'partner', note: 'A partner sells support.' },
    old: { stance: 'unavailable', note: 'Never offered here.' },
  };
  const cloud: RecommendPlatform = { id: 'cloud', name: 'Example Cloud', stances };
  const ds: RecommendData = { ...base, platforms: [cloud] };

  test("a CNI unavailable on the platform is excluded with the platform's reason, even when it meets everything", () => {
    const r = recommend(ds, { must: ['f1'], want: [], commercial: false, platform: 'cloud' });
    assert.ok(!r.ranked.some((x) => x.cni === 'alpha'));
    const alpha = r.excluded.find((x) => x.cni === 'alpha')!;
    assert.equal(alpha.kind, 'platform');
    assert.match(alpha.reasons.join(' '), /Example Cloud/);
    assert.match(alpha.reasons.join(' '), /Fargate nodes run only the built-in plugin\./);
  });

  test("every ranked CNI carries the platform's stance as its first caveat, before maintenance and partial caveats", () => {
    const r = recommend(ds, { must: ['f1'], want: [], commercial: false, platform: 'cloud' });
    const byId = Object.fromEntries(r.ranked.map((x) => [x.cni, x]));
    assert.equal(byId.beta!.caveats[0], `On Example Cloud, Beta ${STANCE_CAVEAT.default}: New clusters get it.`);
    assert.equal(byId.gamma!.caveats[0], `On Example Cloud, Gamma ${STANCE_CAVEAT.partner}: A partner sells support.`);
    assert.match(byId.gamma!.caveats[1]!, /maintenance only/);
    assert.match(byId.gamma!.caveats[2]!, /is partial/);
  });

  test('the stance does not change the score or the order of the CNIs it leaves in', () => {
    const anywhere = recommend(ds, { must: ['f1'], want: [], commercial: false });
    const onCloud = recommend(ds, { must: ['f1'], want: [], commercial: false, platform: 'cloud' });
    const scores = (list: typeof anywhere.ranked) => list.filter((x) => x.cni !== 'alpha').map((x) => [x.cni, x.score]);
    assert.deepEqual(scores(onCloud.ranked), scores(anywhere.ranked));
  });

  test('"my own infrastructure" decides nothing: no platform exclusions or stance caveats', () => {
    const { req, ignored } = parseRequirements(`platform=${OWN_INFRASTRUCTURE}&must=f1`, ['f1'], ['cloud']);
    assert.deepEqual(ignored, []);
    assert.equal(req.platform, undefined);
    const r = recommend(ds, req);
    assert.ok(r.ranked.some((x) => x.cni === 'alpha'));
    assert.ok(!r.excluded.some((x) => x.kind === 'platform'));
    for (const x of r.ranked) assert.ok(!x.caveats.some((c) => c.startsWith('On ')), x.cni);
  });

  test('the platform is read from and written to the URL; an unknown one is reported', () => {
    const { req, ignored } = parseRequirements('platform=cloud&must=f1', ['f1'], ['cloud']);
    assert.deepEqual(req, { must: ['f1'], want: [], commercial: false, platform: 'cloud' });
    assert.deepEqual(ignored, []);
    assert.equal(serializeRequirements(req), 'platform=cloud&must=f1');
    const unknown = parseRequirements('platform=moon&must=f1', ['f1'], ['cloud']);
    assert.equal(unknown.req.platform, undefined);
    assert.deepEqual(unknown.ignored, ['unknown platform "moon"']);
  });

  test('on the real data, every CNI a platform marks unavailable is excluded (archived ones as unmaintained)', () => {
    const real = realDataset();
    const data: RecommendData = {
      ...real,
      platforms: real.platforms.map((p) => ({
        id: p.id,
        name: p.name,
        stances: Object.fromEntries(Object.entries(p.stances).map(([c, s]) => [c, { stance: s.stance, note: s.note }])),
      })),
    };
    for (const p of real.platforms) {
      const r = recommend(data, { must: [], want: ['network-policy'], commercial: false, platform: p.id });
      for (const c of real.cnis) {
        const stance = p.stances[c.id]!.stance;
        const archived = c.maintenance === 'archived';
        const ranked = r.ranked.find((x) => x.cni === c.id);
        const excluded = r.excluded.find((x) => x.cni === c.id);
        if (archived) assert.equal(excluded?.kind, 'unmaintained', `${p.id} × ${c.id}`);
        else if (stance === 'unavailable') assert.equal(excluded?.kind, 'platform', `${p.id} × ${c.id}`);
        else assert.ok(ranked && ranked.caveats[0]!.startsWith(`On ${p.name}, ${c.name} `), `${p.id} × ${c.id}`);
      }
    }
  });
});

describe('the decision record never carries text from the link', () => {
  const ds = tinyDataset({ alpha: { f1: 'yes' }, beta: { f1: 'no' } });
  const view = { cniNames: {}, featureNames: { f1: 'Feature f1' }, verifiedAsOf: '2026-11-23' };
  const crafted = [
    'must=f1&x=](https://evil.test)',
    'must=f1,](https://evil.test)&want=[click](https://evil.test)',
    'must=f1&platform=](https://evil.test)&commercial=](https://evil.test)',
    'must=f1&%5Bclick%5D(https%3A%2F%2Fevil.test)=1',
    'must=f1&want=%E2%80%AEtset.live%2F%2F%3Asptth',
  ];
  for (const search of crafted) {
    test(`?${search}`, () => {
      const { req } = parseRequirements(search, ['f1'], ['cloud']);
      const url = shareableUrl('https://cni-compare.example.org', '/recommend/', serializeRequirements(req));
      const md = decisionRecordMarkdown(recommend(ds, req), req, view, { url, today: '2026-11-30' });
      assert.ok(!/evil|tset\.live|click|\u202e/.test(md), md);
      assert.ok(md.includes('<https://cni-compare.example.org/recommend/?must=f1>'), 'the record cites the link the site built');
    });
  }
});
