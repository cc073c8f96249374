import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRequirements, recommend, serializeRequirements } from '../../src/lib/recommend.ts';
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
    assert.deepEqual(r.excluded.map((x) => [x.cni, x.reasons]), [['delta', ['Feature f1: unknown']], ['gamma', ['Feature f1: no']]]);
    assert.deepEqual(r.ranked.map((x) => x.cni), ['alpha', 'beta']);
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
    assert.deepEqual(yes.map((x) => [x.cni, x.rank, x.tied]), [['alpha', 1, true], ['delta', 1, true], ['gamma', 1, true]]);
    assert.deepEqual(r.ranked.at(-1), { ...r.ranked.at(-1)!, cni: 'beta', rank: 4, tied: false });
  });

  test('an archived project is never ranked, even when it meets everything', () => {
    const archived = tinyDataset({ old: { f1: 'yes' }, young: { f1: 'partial' } }, { old: { maintenance: 'archived', maintenanceNote: 'Archived in 2024.' } });
    const r = recommend(archived, { must: ['f1'], want: [], commercial: false });
    assert.deepEqual(r.ranked.map((x) => x.cni), ['young']);
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
