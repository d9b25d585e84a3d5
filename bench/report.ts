/**
 * `npm run bench -- report`: the HTML report at 100,000 findings. Fills a temporary SQLite store with 30
 * complete scans (score history), the last holding 100,000 verdicts over 3 clouds, 200 accounts and 300 rules,
 * with scores and control status of 11 generated frameworks; builds and renders the report from the store,
 * writes it to bench/out/report.html and opens it in Chromium. Targets: under 25 MB, first render under 3 s.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { PostureTally } from '../src/compliance/tally.js';
import type { Asset, Provider } from '../src/core/asset.js';
import type { Control, Framework } from '../src/core/framework.js';
import type { Severity, Status } from '../src/core/verdict.js';
import { buildReportModel, renderHtmlReport } from '../src/report/html/index.js';
import { openStore } from '../src/store/open.js';
import type { EvaluationResult } from '../src/store/store.js';
import { prng } from './util.js';

const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 100_000);
const ACCOUNTS = 200;
const RULES = 300;
const SCANS = 30;
const FRAMEWORKS = 11;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGETS = { mb: 25, renderMs: 3000 };

const rnd = prng(42);

const REGIONS: Record<Provider, string[]> = {
  aws: ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'global'],
  azure: ['westeurope', 'eastus', 'northeurope', 'southeastasia', 'global'],
  gcp: ['europe-west1', 'us-central1', 'us-east1', 'asia-southeast1', 'global'],
};
const TYPES: Record<Provider, Array<[string, string]>> = {
  aws: [['AWS::S3::Bucket', 'storage.bucket'], ['AWS::EC2::SecurityGroup', 'network.firewall'], ['AWS::IAM::User', 'identity.user'], ['AWS::RDS::DBInstance', 'database.instance'], ['AWS::EC2::Instance', 'compute.instance'], ['AWS::Lambda::Function', 'compute.function']],
  azure: [['Microsoft.Storage/storageAccounts', 'storage.account'], ['Microsoft.Network/networkSecurityGroups', 'network.firewall'], ['Microsoft.Sql/servers', 'database.server'], ['Microsoft.Compute/virtualMachines', 'compute.instance'], ['Microsoft.KeyVault/vaults', 'secrets.vault']],
  gcp: [['storage.googleapis.com/Bucket', 'storage.bucket'], ['compute.googleapis.com/Firewall', 'network.firewall'], ['sqladmin.googleapis.com/Instance', 'database.instance'], ['compute.googleapis.com/Instance', 'compute.instance'], ['iam.googleapis.com/ServiceAccountKey', 'identity.key']],
};
const WORDS = ['prod', 'staging', 'dev', 'shared', 'payments', 'orders', 'analytics', 'web', 'api', 'batch', 'logs', 'backup', 'customer', 'internal', 'edge', 'ml'];

function accountsOf(): Array<{ provider: Provider; id: string }> {
  const out: Array<{ provider: Provider; id: string }> = [];
  for (let i = 0; i < ACCOUNTS; i++) {
    const provider = i < ACCOUNTS * 0.5 ? 'aws' : i < ACCOUNTS * 0.8 ? 'azure' : 'gcp';
    const id =
      provider === 'aws' ? String(100000000000 + i * 7919) : provider === 'azure' ? `${(0x1000_0000 + i).toString(16)}-4d2c-4b8e-9f3a-${(0xa00000000000 + i).toString(16)}` : `${rnd.pick(WORDS)}-${rnd.pick(WORDS)}-${1000 + i}`;
    out.push({ provider, id });
  }
  return out;
}

type BenchRule = EvaluationResult['rule'] & { provider: Provider; reason: (name: string) => string };
function rulesOf(): BenchRule[] {
  const sev: Severity[] = ['critical', 'high', 'high', 'medium', 'medium', 'medium', 'low', 'low', 'info'];
  return Array.from({ length: RULES }, (_, i) => {
    const provider: Provider = i < 150 ? 'aws' : i < 240 ? 'azure' : 'gcp';
    const service = rnd.pick(['storage', 'network', 'iam', 'database', 'compute', 'logging', 'kms', 'monitoring']);
    const id = `${provider}.${service}.check-${String(i).padStart(3, '0')}-${rnd.pick(WORDS)}`;
    const what = rnd.pick(['encryption at rest with a customer-managed key', 'public network access', 'audit logging to a protected destination', 'multi-factor authentication for console users', 'ingress from 0.0.0.0/0 on administrative ports', 'automatic minor version upgrades', 'key rotation within 90 days', 'deletion protection']);
    return {
      id,
      title: `Resources ${rnd.pick(['enforce', 'require', 'restrict', 'enable'])} ${what}`,
      severity: sev[i % sev.length]!,
      version: 1,
      compliance: [],
      provider,
      // Realistic reasons: the resource's name, the setting found, often a value particular to the resource.
      reason: (name) => {
        switch (rnd.int(4)) {
          case 0:
            return `${name} does not meet the requirement for ${what}: the setting is disabled in its current configuration`;
          case 1:
            return `${name} allows ${what} from ${rnd.int(224) + 1}.${rnd.int(256)}.${rnd.int(256)}.0/${16 + rnd.int(13)} on port ${rnd.pick([22, 3389, 5432, 3306, 6379, 9200])}`;
          case 2:
            return `Last change to ${what} on ${name} was ${30 + rnd.int(900)} days ago (at most 90 expected)`;
          default:
            return `Could not read the configuration of ${name}: AccessDenied on the describe call (the verdict stays unknown until the role can read it)`;
        }
      },
    };
  });
}

function frameworksOf(rules: BenchRule[]): Framework[] {
  const sizes = [320, 250, 160, 140, 120, 110, 95, 90, 80, 60, 45];
  return sizes.slice(0, FRAMEWORKS).map((size, f) => ({
    id: `bench-framework-${f + 1}`,
    name: `Benchmark framework ${f + 1}`,
    version: '1.0',
    publisher: 'Parapet bench',
    url: 'https://example.com/framework',
    providers: ['aws', 'azure', 'gcp'],
    scope: 'Generated for the report benchmark.',
    controls: Array.from({ length: size }, (_, c): Control => {
      const mapped = rnd.next() < 0.8 ? Array.from({ length: 1 + rnd.int(3) }, () => rnd.pick(rules)) : [];
      const byProvider: Control['rules'] = {};
      for (const r of mapped) (byProvider[r.provider] ??= []).push(r.id);
      return {
        id: `${1 + Math.floor(c / 12)}.${1 + (c % 12)}`,
        title: `Generated control ${c + 1} about ${rnd.pick(WORDS)} resources`,
        section: `${1 + Math.floor(c / 12)} Section ${1 + Math.floor(c / 12)}`,
        ...(mapped.length ? { rules: byProvider } : { manual: 'An auditor reviews the documented procedure for this control.' }),
      };
    }),
  }));
}

function statusOf(): Status {
  const x = rnd.next();
  return x < 0.35 ? 'fail' : x < 0.85 ? 'pass' : x < 0.95 ? 'unknown' : 'not_applicable';
}

/** The estate's assets (about four verdicts each) and the verdicts. */
function estate(rules: BenchRule[]) {
  const accounts = accountsOf();
  const byProvider = (p: Provider) => accounts.filter((a) => a.provider === p);
  const rulesBy = (p: Provider) => rules.filter((r) => r.provider === p);
  const assets: Asset[] = [];
  const results: EvaluationResult[] = [];
  let n = 0;
  while (results.length < FINDINGS) {
    // Half the resources on AWS, 30% on Azure, 20% on GCP.
    const x = rnd.next();
    const provider: Provider = x < 0.5 ? 'aws' : x < 0.8 ? 'azure' : 'gcp';
    const account = rnd.pick(byProvider(provider)).id;
    const region = rnd.pick(REGIONS[provider]);
    const [type, kind] = rnd.pick(TYPES[provider]);
    const name = `${rnd.pick(WORDS)}-${rnd.pick(WORDS)}-${(n++).toString(36)}`;
    const id =
      provider === 'aws'
        ? `arn:aws:${type.split('::')[1]!.toLowerCase()}:${region}:${account}:${kind.split('.')[1]}/${name}`
        : provider === 'azure'
          ? `/subscriptions/${account}/resourceGroups/rg-${rnd.pick(WORDS)}/providers/${type}/${name}`
          : `//${type.split('/')[0]}/projects/${account}/${kind.split('.')[1]}s/${name}`;
    const asset: Asset = { id, provider, account, region, type, kind, name, tags: {}, facets: {}, config: {}, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-01T00:00:00.000Z' };
    assets.push(asset);
    const candidates = rulesBy(provider);
    const judged = new Set<BenchRule>();
    for (let k = 0; k < 4 && results.length < FINDINGS; k++) {
      const rule = rnd.pick(candidates);
      // One verdict per rule and asset, as in a real scan.
      if (judged.has(rule)) continue;
      judged.add(rule);
      const status = statusOf();
      const observed = rnd.next() < 0.3 ? { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: `${id}/*` }] } : rnd.pick([false, 'Disabled', null, 0, 'TLS1_0']);
      results.push({
        rule,
        asset,
        verdict: { status, reason: status === 'pass' ? `${name} meets the requirement` : rule.reason(name), evidence: [{ path: `config.${rnd.pick(['encryption', 'policy', 'logging', 'network'])}.setting`, observed, expected: true }] },
      });
    }
  }
  return { accounts, assets, results };
}

export async function reportBench(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-bench-report-'));
  try {
    const rules = rulesOf();
    const frameworks = frameworksOf(rules);
    const { accounts, assets, results } = estate(rules);
    const store = await openStore(join(dir, 'report.db'));
    const t0 = performance.now();
    // Score history: 29 earlier scans with only their scores, then the full scan.
    for (let i = 0; i < SCANS - 1; i++) {
      const s = await store.beginScan('bench', []);
      const score = Math.round((55 + i * 0.8 + rnd.next() * 4) * 10) / 10;
      await store.putScores(s.id, [{ scope: 'total', key: '', score, passWeight: score, judgedWeight: 100, pass: 0, fail: 0, unknown: 0 }]);
      await store.finishScan(s.id, 'complete');
    }
    const scope = accounts.flatMap((a) => [{ provider: a.provider, account: a.id, region: '*' }]);
    const scan = await store.beginScan('bench', scope);
    for (let i = 0; i < assets.length; i += 5000) await store.putAssets(scan.id, assets.slice(i, i + 5000));
    const tally = new PostureTally(frameworks);
    for (let i = 0; i < results.length; i += 5000) {
      const batch = results.slice(i, i + 5000);
      await store.putResults(scan.id, batch);
      for (const r of batch) tally.add({ ruleId: r.rule.id, severity: r.rule.severity, provider: r.asset.provider, account: r.asset.account, status: r.verdict.status });
    }
    await store.putScores(scan.id, tally.scores());
    await store.putControls(scan.id, tally.controlRows());
    await store.finishScan(scan.id, 'complete');
    const fillMs = Math.round(performance.now() - t0);

    const t1 = performance.now();
    const model = await buildReportModel(store, { frameworks });
    const modelMs = performance.now() - t1;
    const t2 = performance.now();
    const page = renderHtmlReport(model);
    const htmlMs = performance.now() - t2;
    await store.close();
    const out = join(import.meta.dirname, 'out');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'report.html');
    writeFileSync(file, page);
    const bytes = Buffer.byteLength(page);
    process.stderr.write(`report: ${file}\n`);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 });
      // Browser-side code reaches the DOM through globalThis: the project's type-check has no DOM library.
      await tab.waitForFunction(() => (globalThis as any).document.body.dataset.ready === 'true', undefined, { timeout: 60_000 });
      const timing = (await tab.evaluate(`(() => {
        const mark = performance.getEntriesByName('parapet:first-page')[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return { mark: mark ? mark.startTime : NaN, load: nav ? nav.loadEventEnd : NaN, rows: document.querySelectorAll('#findings-body tr.f').length };
      })()`)) as { mark: number; load: number; rows: number };
      // Interactions at full size: a filter (event to redrawn page) and a text search (typing to redrawn page).
      const filterMs = (await tab.evaluate(`(() => {
        const t = performance.now();
        const s = document.getElementById('f-severity');
        s.value = 'high';
        s.dispatchEvent(new Event('change'));
        return performance.now() - t;
      })()`)) as number;
      const before = await tab.textContent('#match-count');
      const t3 = performance.now();
      await tab.fill('#f-text', 'payments');
      // A function, not text: the page's Content-Security-Policy forbids eval.
      await tab.waitForFunction((b) => (globalThis as any).document.getElementById('match-count').textContent !== b, before, { timeout: 30_000 });
      const searchMs = performance.now() - t3 - 150; // minus the input debounce
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      const renderMs = Math.round(Math.max(timing.mark, timing.load));
      return {
        bench: 'report',
        findings: model.findings.rows.rule.length,
        assets: model.findings.assets.id.length,
        scans: model.history.length,
        frameworks: model.frameworks.length,
        controls: model.frameworks.reduce((s, f) => s + f.controls.length, 0),
        bytes,
        MB: Math.round((bytes / 1e6) * 100) / 100,
        buildMs: Math.round(modelMs + htmlMs),
        modelMs: Math.round(modelMs),
        htmlMs: Math.round(htmlMs),
        renderMs,
        firstPageMs: Math.round(timing.mark),
        loadMs: Math.round(timing.load),
        firstPageRows: timing.rows,
        filterMs: Math.round(filterMs),
        searchMs: Math.round(searchMs),
        fillStoreMs: fillMs,
        targets: TARGETS,
        ok: bytes / 1e6 < TARGETS.mb && renderMs < TARGETS.renderMs,
      };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
