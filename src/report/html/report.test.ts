import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFramework } from '../../compliance/load.js';
import type { Asset } from '../../core/asset.js';
import type { Status } from '../../core/verdict.js';
import { openStore } from '../../store/open.js';
import { ACCOUNT_A, ACCOUNT_B, bucket, result, rule, scopeOf } from '../../store/sqlite/fixtures/data.js';
import type { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { EvaluationResult, ScoreRow } from '../../store/store.js';
import { CLIENT_LOGIC } from './client.js';
import { ID_MARK, NAME_MARK, encodeFindings, templateText, type EncodedFindings } from './encode.js';
import { html, scriptJson } from './escape.js';
import { buildReportModel, renderHtmlReport, type ReportModel } from './index.js';

const FRAMEWORK = parseFramework(
  `id: test-fw
name: Test Framework
version: '1.0'
publisher: Parapet tests
url: https://example.com/test-fw
providers: [aws]
scope: A two-section framework for the report tests.
controls:
  - id: '1.1'
    title: Buckets are private
    section: 1 Storage
    rules: { aws: [aws.s3.r1] }
  - id: '1.2'
    title: Versioning is on
    section: 1 Storage
    rules: { aws: [aws.s3.r2] }
  - id: '2.1'
    title: Someone reviews access quarterly
    section: 2 Process
    manual: Ask for the last access review record.
`,
  '<test-fw>',
);
const OTHER = parseFramework(
  `id: other-fw
name: Other Framework
version: '2'
publisher: Parapet tests
url: https://example.com/other
providers: [aws]
scope: A second framework, to check the framework filter.
controls:
  - id: A.1
    title: Anything at all
    section: A
    rules: { aws: [aws.s3.r1] }
`,
  '<other-fw>',
);

const R1 = rule('aws.s3.r1', 'critical');
const R2 = rule('aws.s3.r2', 'low');
const HOSTILE = `<img src=x onerror=alert(1)></script><script>alert("x")</script>\u2028'&`;

let store: SqliteStore;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
});

async function scan(when: string, assets: Asset[], results: EvaluationResult[], scores?: ScoreRow[], controls = true) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(when));
  const s = await store.beginScan('test', scopeOf([ACCOUNT_A, ACCOUNT_B]));
  await store.putAssets(s.id, assets);
  await store.putResults(s.id, results);
  if (scores) await store.putScores(s.id, scores);
  if (controls) await store.putControls(s.id, [{ framework: 'test-fw', control: '1.1', status: 'fail', pass: 1, fail: 2, unknown: 0, not_applicable: 0 }]);
  const done = await store.finishScan(s.id, 'complete');
  vi.useRealTimers();
  return done;
}

const score = (scope: ScoreRow['scope'], key: string, value: number | null): ScoreRow => ({ scope, key, score: value, passWeight: 0, judgedWeight: 0, pass: 1, fail: 2, unknown: 3 });

/** Two scans; the second holds a bucket with a hostile name and reason. */
async function twoScans(): Promise<ReportModel> {
  const a = bucket('alpha');
  const b = bucket('beta', { account: ACCOUNT_B });
  const evil = bucket(HOSTILE);
  await scan('2026-01-01T00:00:00.000Z', [a, b], [result(R1, a, 'fail'), result(R1, b, 'pass')], [score('total', '', 50)]);
  await scan('2026-01-02T00:00:00.000Z', [a, b, evil], [result(R1, a, 'fail'), result(R1, b, 'pass'), result(R1, evil, 'fail', `Bucket ${HOSTILE} is public`), result(R2, a, 'unknown'), result(R2, b, 'not_applicable')], [
    score('total', '', 75),
    score('provider', 'aws', 75),
    score('account', `aws:${ACCOUNT_A}`, 60),
    score('account', `aws:${ACCOUNT_B}`, 100),
    score('framework', 'test-fw', 66.7),
  ]);
  return buildReportModel(store, { frameworks: [FRAMEWORK], parapet: '9.9.9', now: new Date('2026-01-03T00:00:00Z') });
}

/** The findings JSON as the page embeds it. */
function embedded(page: string): EncodedFindings {
  const m = /<script type="application\/json" id="findings-data">([\s\S]*?)<\/script>/.exec(page);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]!) as EncodedFindings;
}

describe('buildReportModel', () => {
  it('reads the latest complete scan, its score history, scores per cloud and account, counts and control rows', async () => {
    const m = await twoScans();
    expect(m.scoreSource).toBe('stored');
    expect(m.total?.score).toBe(75);
    expect(m.history.map((h) => h.score)).toEqual([50, 75]);
    expect(m.providers.map((p) => [p.key, p.score])).toEqual([['aws', 75]]);
    expect(m.accounts.map((p) => p.key).sort()).toEqual([`aws:${ACCOUNT_A}`, `aws:${ACCOUNT_B}`]);
    expect(m.counts.total).toEqual({ pass: 1, fail: 2, unknown: 1, not_applicable: 1 });
    expect(m.counts.bySeverity.critical).toEqual({ pass: 1, fail: 2, unknown: 0, not_applicable: 0 });
    expect(m.counts.byAccount[`aws:${ACCOUNT_B}`]).toEqual({ pass: 1, fail: 0, unknown: 0, not_applicable: 1 });
    expect(m.findings.rows.rule).toHaveLength(5);
    // Control rows joined with the framework's titles and sections; a control without a row is manual.
    const fw = m.frameworks[0]!;
    expect(fw.score).toBe(66.7);
    expect(fw.controls.map((c) => [c.id, c.section, c.status, c.fail])).toEqual([
      ['1.1', '1 Storage', 'fail', 2],
      ['1.2', '1 Storage', 'manual', 0],
      ['2.1', '2 Process', 'manual', 0],
    ]);
    expect(m.topFailing).toEqual([expect.objectContaining({ framework: 'test-fw', control: '1.1', title: 'Buckets are private', fail: 2 })]);
  });

  it('reports an older scan with the history up to it, and names a missing scan', async () => {
    const a = bucket('alpha');
    const first = await scan('2026-01-01T00:00:00.000Z', [a], [result(R1, a, 'fail')], [score('total', '', 40)]);
    await scan('2026-01-02T00:00:00.000Z', [a], [result(R1, a, 'pass')], [score('total', '', 90)]);
    const m = await buildReportModel(store, { scanId: first.id, frameworks: [] });
    expect(m.history.map((h) => h.score)).toEqual([40]);
    await expect(buildReportModel(store, { scanId: 'nope', frameworks: [] })).rejects.toThrow(/no scan 'nope'/);
  });

  it('computes scores and control status from the findings when the scan recorded none', async () => {
    const a = bucket('alpha');
    const b = bucket('beta');
    await scan('2026-01-01T00:00:00.000Z', [a, b], [result(R1, a, 'fail'), result(R1, b, 'pass'), result(R2, a, 'pass')], undefined, false);
    const m = await buildReportModel(store, { frameworks: [FRAMEWORK] });
    expect(m.scoreSource).toBe('derived');
    // critical weighs 10, low 1: (10 + 1) / (10 + 10 + 1).
    expect(m.total?.score).toBe(52.4);
    expect(m.history.map((h) => h.score)).toEqual([52.4]);
    expect(m.frameworks[0]!.controls.map((c) => c.status)).toEqual(['fail', 'pass', 'manual']);
  });

  it('computes control status of a framework the scan recorded nothing for, and says so', async () => {
    await twoScans();
    const m = await buildReportModel(store, { frameworks: [FRAMEWORK, OTHER] });
    expect(m.frameworks.map((f) => [f.id, f.derived])).toEqual([['test-fw', false], ['other-fw', true]]);
    // aws.s3.r1 (critical) fails 2 buckets and passes 1 in the latest scan.
    expect(m.frameworks[1]!.controls[0]).toMatchObject({ id: 'A.1', status: 'fail', fail: 2, pass: 1 });
    expect(m.frameworks[1]!.score).toBe(33.3);
    expect(renderHtmlReport(m)).toContain('status computed from this scan’s findings');
  });

  it('fails with a clear message on an empty database', async () => {
    await expect(buildReportModel(store, { frameworks: [] })).rejects.toThrow(/no complete scan/);
  });
});

describe('renderHtmlReport', () => {
  it('escapes hostile asset names and reasons everywhere, and the embedded JSON cannot end its script', async () => {
    const page = renderHtmlReport(await twoScans());
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('alert("x")</script>');
    expect(page).not.toContain('\u2028');
    // Exactly the page's two script elements open and close.
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    // The data round-trips: the hostile name comes back intact for the script to show as text.
    const data = embedded(page);
    expect(data.assets.name).toContain(HOSTILE);
    const evilRow = data.rows.asset.findIndex((a) => data.assets.name[a] === HOSTILE);
    expect(data.dict.reasons[data.rows.reason[evilRow]!]).toBe(`Bucket ${NAME_MARK} is public`);
  });

  it('has the score, the trend chart, scores per cloud and account, counts, framework tables and the findings table', async () => {
    const page = renderHtmlReport(await twoScans());
    expect(page).toMatch(/<div class="score" id="score">.*<span class="value">75\.0<\/span>/);
    expect(page).toMatch(/<svg class="trend"[^>]*>.*<polyline points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
    expect(page).toContain(`<td>AWS ${ACCOUNT_A}</td><td class="n">60.0</td>`);
    expect(page).toContain('<td class="sev-critical">critical</td><td class="n">2</td><td class="n">0</td><td class="n">1</td>');
    expect(page).toContain('<details class="framework" id="fw-test-fw"');
    expect(page).toContain('<tr class="section"><th colspan="6">2 Process</th></tr>');
    expect(page).toContain('Check by hand: Ask for the last access review record.');
    expect(page).toContain('<table id="findings">');
    expect(page).toContain('Generated by Parapet 9.9.9');
    // No network: nothing is loaded from anywhere, and the policy forbids it.
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\/(?!example\.com)/);
    expect(page).toContain("default-src 'none'");
  });

  it('shows only the frameworks asked for', async () => {
    const a = bucket('alpha');
    await scan('2026-01-01T00:00:00.000Z', [a], [result(R1, a, 'fail')], [score('total', '', 10)]);
    const page = renderHtmlReport(await buildReportModel(store, { frameworks: [OTHER] }));
    expect(page).toContain('Other Framework');
    expect(page).not.toContain('Test Framework');
  });
});

describe('escaping helpers', () => {
  it.each([
    ['<b>"x"</b> & \'y\'', '&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39;'],
    [null, ''],
  ])('html(%j)', (input, out) => expect(html(input)).toBe(out));

  it('scriptJson escapes <, >, & and U+2028/9 and parses back to the same value', () => {
    const v = { s: '</script><!-- \u2028\u2029 &' };
    const text = scriptJson(v);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(v);
  });
});

/** The page script's pure part, run as the browser would (no DOM needed). */
type Logic = {
  query: (d: EncodedFindings, f: Record<string, unknown>) => number[];
  pageOf: (total: number, page: number, size: number) => { page: number; pages: number; start: number; end: number };
  reasonOf: (d: EncodedFindings, row: number) => string;
  evidenceOf: (d: EncodedFindings, row: number) => string;
};
const logic = () => runInNewContext(`${CLIENT_LOGIC}; ({ query, pageOf, reasonOf, evidenceOf })`) as Logic;

describe('page script', () => {
  const findings = () => {
    const severities = ['critical', 'high', 'low'] as const;
    const list = [];
    for (let i = 0; i < 30; i++) {
      const a = bucket(`bucket-${String(i).padStart(2, '0')}`, { account: i % 2 ? ACCOUNT_B : ACCOUNT_A });
      const r = rule(`aws.s3.rule-${i % 3}`, severities[i % 3]);
      const status: Status = i % 5 === 0 ? 'pass' : i % 7 === 0 ? 'unknown' : 'fail';
      list.push({
        id: String(i), ruleId: r.id, title: r.title, severity: r.severity, status, reason: `Bucket ${a.name} fails`, evidence: [{ path: 'config.acl', observed: a.id, expected: null }], compliance: r.compliance,
        asset: { ...a, provider: i === 29 ? ('gcp' as const) : ('aws' as const) }, state: 'open' as const, firstSeen: '2026-01-01', lastSeen: '2026-01-01',
      });
    }
    return encodeFindings(list);
  };

  it('filters by severity, cloud, status and text, and sorts most severe and failing first', () => {
    const { query } = logic();
    const d = findings();
    const sev = (i: number) => d.dict.rules[d.rows.rule[i]!]![2];
    const all = query(d, {});
    expect(all).toHaveLength(30);
    // Severity ascending by index (critical first), then fail before unknown before pass.
    for (let k = 1; k < all.length; k++) expect(sev(all[k]!)).toBeGreaterThanOrEqual(sev(all[k - 1]!));
    const critical = all.filter((i) => sev(i) === 0).map((i) => d.rows.status[i]);
    expect(critical.indexOf(0)).toBeGreaterThan(critical.lastIndexOf(1));
    expect(query(d, { severity: 'high' })).toHaveLength(10);
    expect(query(d, { provider: 'gcp' }).map((i) => d.assets.name[d.rows.asset[i]!])).toEqual(['bucket-29']);
    expect(query(d, { status: 'pass' })).toHaveLength(6);
    expect(query(d, { text: 'BUCKET-1' })).toHaveLength(10);
    expect(query(d, { text: ACCOUNT_B, severity: 'critical' })).toHaveLength(5);
    const byAsset = query(d, { sort: 'asset', desc: true }).map((i) => d.assets.name[d.rows.asset[i]!]);
    expect(byAsset[0]).toBe('bucket-29');
    expect(byAsset.at(-1)).toBe('bucket-00');
  });

  it('pages: clamps to the first and last page and reports the rows shown', () => {
    const { pageOf } = logic();
    expect(pageOf(120, 1, 50)).toEqual({ page: 1, pages: 3, start: 0, end: 50 });
    expect(pageOf(120, 3, 50)).toEqual({ page: 3, pages: 3, start: 100, end: 120 });
    expect(pageOf(120, Infinity, 50)).toEqual({ page: 3, pages: 3, start: 100, end: 120 });
    expect(pageOf(120, 0, 50).page).toBe(1);
    expect(pageOf(0, 5, 50)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
  });

  it('puts the asset name and id back into templated reasons and evidence', () => {
    const { reasonOf, evidenceOf } = logic();
    const d = findings();
    expect(d.dict.reasons).toEqual([`Bucket ${NAME_MARK} fails`]);
    expect(reasonOf(d, 7)).toBe('Bucket bucket-07 fails');
    // A text already holding a mark character cannot smuggle the name in.
    expect(templateText(`x${NAME_MARK}y${ID_MARK} abcd`, { id: 'arn:abcd', name: 'abcd' })).toBe(`x\uFFFDy\uFFFD ${NAME_MARK}`);
    // The id is replaced before the name it contains.
    expect(templateText('see arn:x:abcd and abcd', { id: 'arn:x:abcd', name: 'abcd' })).toBe(`see ${ID_MARK} and ${NAME_MARK}`);
    expect(evidenceOf(d, 3)).toBe(JSON.stringify([{ path: 'config.acl', observed: d.assets.id[d.rows.asset[3]!], expected: null }]));
  });
});
