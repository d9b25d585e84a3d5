/**
 * The HTML report in a real browser: built from a real demo scan (three clouds in the simulators), opened in
 * Debian's Chromium through playwright-core under the page's own Content-Security-Policy. Skips only when
 * /usr/bin/chromium is absent (CI installs it); leaves a screenshot in test-results/report.png.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFramework } from '../src/compliance/load.js';
import { buildReportModel, renderHtmlReport, type ReportModel } from '../src/report/html/index.js';
import { openStore } from '../src/store/open.js';
import { bucket, result, rule, scopeOf } from '../src/store/sqlite/fixtures/data.js';

const CHROMIUM = '/usr/bin/chromium';
const BIN = join(import.meta.dirname, '..', 'bin', 'parapet.js');
const RESULTS = join(import.meta.dirname, '..', 'test-results');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) process.stderr.write(`report-browser: skipped: ${CHROMIUM} is not installed (apt-get install chromium)\n`);

/** A small framework over rules the demo judges (the shipped framework files are not this test's subject). */
const FRAMEWORK = parseFramework(
  `id: demo-check
name: Demo Check Framework
version: '1'
publisher: Parapet tests
url: https://example.com/demo-check
providers: [aws, azure, gcp]
scope: Two storage controls and a manual one, over rules the demo estate exercises.
controls:
  - id: S.1
    title: Storage is not publicly readable
    section: S Storage
    rules:
      aws: [baseline.storage.bucket-not-publicly-readable, aws.s3.bucket-not-publicly-readable]
      azure: [baseline.storage.bucket-not-publicly-readable]
      gcp: [baseline.storage.bucket-not-publicly-readable]
  - id: P.1
    title: Access reviews happen
    section: P Process
    manual: Ask for the record of the last access review.
`,
  '<demo-check>',
);

const dir = mkdtempSync(join(tmpdir(), 'parapet-report-browser-'));
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Browser-side reads go through globalThis: the project's type-check has no DOM library. */
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
const rowCount = (page: Page) => page.locator('#findings-body tr.f').count();

async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // Script errors and CSP violations (a wrong script hash would block the table) fail the test.
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.ready === 'true');
  return { page, problems };
}

describe.skipIf(!hasChromium)(`HTML report in Chromium${hasChromium ? '' : ` (skipped: ${CHROMIUM} is not installed)`}`, () => {
  let model: ReportModel;
  let file: string;

  beforeAll(async () => {
    const db = join(dir, 'demo.db');
    const r = spawnSync(process.execPath, [BIN, 'demo', '--db', db, '--format', 'csv', '--output', join(dir, 'demo.csv')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    const store = await openStore(db);
    try {
      model = await buildReportModel(store, { frameworks: [FRAMEWORK] });
    } finally {
      await store.close();
    }
    file = join(dir, 'report.html');
    writeFileSync(file, renderHtmlReport(model));
  }, 180_000);

  it('shows the score, a framework table and the first findings page; filters, searches, pages and opens a finding', async () => {
    const { page, problems } = await open(file);
    const total = model.findings.rows.rule.length;
    expect(total).toBeGreaterThan(100);

    expect(await text(page, '#score .value')).toBe(model.total!.score!.toFixed(1));
    expect(await page.locator('svg.trend').count()).toBe(1);

    // Framework table: open it; the storage control has resources behind it, the manual one says what to check.
    await page.locator('#fw-demo-check summary').click();
    const storage = page.locator('#fw-demo-check tr', { hasText: 'Storage is not publicly readable' });
    await expect.poll(() => storage.isVisible()).toBe(true);
    expect(await storage.locator('.st').innerText()).toBe('fail');
    expect(await text(page, '#fw-demo-check')).toContain('Check by hand: Ask for the record of the last access review.');

    // First page: 50 rows, most severe first.
    expect(await rowCount(page)).toBe(50);
    expect(await text(page, '#page-info')).toBe(`1–50 of ${total.toLocaleString('en-US')} · page 1 of ${Math.ceil(total / 50)}`);
    expect(await text(page, '#findings-body tr.f .sev')).toBe('critical');

    await page.locator('#next').click();
    expect(await text(page, '#page-info')).toMatch(/^51–100 of /);

    // Filters: critical failures only, the count agreeing with the model.
    await page.selectOption('#f-severity', 'critical');
    await page.selectOption('#f-status', 'fail');
    const criticalFails = model.counts.bySeverity.critical.fail;
    expect(await text(page, '#match-count')).toBe(`${criticalFails.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} findings`);
    const sevs = await page.locator('#findings-body tr.f .sev').allInnerTexts();
    expect(sevs.length).toBe(Math.min(50, criticalFails));
    expect(new Set(sevs)).toEqual(new Set(['critical']));
    expect(new Set(await page.locator('#findings-body tr.f .st').allInnerTexts())).toEqual(new Set(['fail']));

    // Text search finds the public S3 bucket; clicking the row shows its asset id and evidence.
    await page.selectOption('#f-severity', '');
    await page.selectOption('#f-status', '');
    await page.fill('#f-text', 'prod-media-uploads');
    await expect.poll(() => text(page, '#findings-body tr.f .asset')).toContain('prod-media-uploads');
    for (const asset of await page.locator('#findings-body tr.f .asset div').allInnerTexts()) expect(asset).toBe('prod-media-uploads');
    await page.locator('#findings-body tr.f').first().click();
    expect(await text(page, '#findings-body tr.detail')).toMatch(/Asset\s+arn:aws:s3:::prod-media-uploads/);

    mkdirSync(RESULTS, { recursive: true });
    await page.selectOption('#f-status', 'fail');
    await page.fill('#f-text', '');
    await expect.poll(() => rowCount(page)).toBe(50);
    await page.screenshot({ path: join(RESULTS, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows a hostile asset name as text: no markup, no script, no dialog', async () => {
    const hostile = `<img src=x onerror="globalThis.pwned=1;alert(1)"><script>globalThis.pwned=2</script>`;
    const store = await openStore(':memory:');
    let page: Page;
    let problems: string[];
    try {
      const evil = bucket(hostile);
      const s = await store.beginScan('test', scopeOf([evil.account]));
      await store.putAssets(s.id, [evil]);
      await store.putResults(s.id, [result(rule('aws.s3.r1', 'high'), evil, 'fail', `Bucket ${hostile} is public`)]);
      await store.finishScan(s.id, 'complete');
      const hostileFile = join(dir, 'hostile.html');
      writeFileSync(hostileFile, renderHtmlReport(await buildReportModel(store, { frameworks: [FRAMEWORK] })));
      ({ page, problems } = await open(hostileFile));
    } finally {
      await store.close();
    }
    expect(await text(page, '#findings-body tr.f .asset div')).toBe(hostile);
    expect(await text(page, '#findings-body tr.f .reason')).toBe(`Bucket ${hostile} is public`);
    expect(await page.locator('#findings-body img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as any).pwned)).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
