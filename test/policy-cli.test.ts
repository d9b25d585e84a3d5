/**
 * Policy as code through the real CLI: custom YAML + CEL rules on the demo (scan, compliance and report output),
 * `rules test`, suppressions from parapet.yaml (active, expired, non-matching) and their exit codes, `suppress`,
 * `init`, and rule selection flags.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'parapet.js');
const TF = join(ROOT, 'test', 'fixtures', 'paired', 'aws', 'terraform');
const dir = mkdtempSync(join(tmpdir(), 'parapet-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parapet(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', PARAPET_CONFIG: '' }, timeout: 180_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface JsonFinding {
  id: string;
  ruleId: string;
  severity: string;
  status: string;
  state: string;
  reason: string;
  asset: { id: string; name: string; account: string; kind: string };
  evidence: Array<{ path: string; observed: unknown; expected: unknown }>;
  compliance: Array<{ framework: string; control: string }>;
  suppression?: { kind: string; id?: string; reason: string; source: string; owner?: string; until?: string };
}

const readJson = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as { scan: { counts: Record<string, number> }; findings: JsonFinding[] };

// The example rule, with a framework mapping and test cases.
const OWNER_TAG = `id: acme.storage.owner-tag
title: Storage buckets carry an owner tag
severity: medium
kinds: [storage.bucket]
assert: has(asset.tags.owner) && asset.tags.owner != ""
remediation: Add an \`owner\` tag naming the responsible team.
compliance:
  iso-27001-2022: [A.5.9]
tests:
  - name: tagged bucket passes
    expect: pass
    asset: {tags: {owner: team-a}}
  - name: untagged bucket fails
    expect: fail
    asset: {tags: {}}
  - name: a gap in data the rule does not read changes nothing
    expect: pass
    asset: {tags: {owner: team-a}, gaps: {facets.publicRead: AccessDenied}}
`;

describe('custom rules on the demo', () => {
  const policies = join(dir, 'policies');
  mkdirSync(policies, { recursive: true });
  writeFileSync(join(policies, 'owner-tag.yaml'), OWNER_TAG);
  cpSync(join(ROOT, 'examples', 'policies', 'network.yaml'), join(policies, 'network.yaml'));
  const db = join(dir, 'demo.db');

  it('fail on the untagged buckets in the scan output, with evidence that matches each verdict', () => {
    const r = parapet(['demo', '--rules', policies, '--format', 'json', '--output', 'demo.json', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const mine = readJson('demo.json').findings.filter((f) => f.ruleId === 'acme.storage.owner-tag');
    const fails = mine.filter((f) => f.status === 'fail');
    const passes = mine.filter((f) => f.status === 'pass');
    expect(fails.length).toBeGreaterThan(3);
    expect(passes.length).toBeGreaterThan(0);
    // Every storage bucket of every cloud was judged, and nothing else.
    expect(new Set(mine.map((f) => f.asset.kind))).toEqual(new Set(['storage.bucket']));
    for (const f of mine) {
      const owner = f.evidence.find((e) => e.path === 'tags.owner');
      expect(owner, f.asset.name).toBeDefined();
      expect(f.status === 'pass', f.asset.name).toBe(typeof owner!.observed === 'string' && owner!.observed !== '');
      expect(f.compliance).toContainEqual({ framework: 'iso-27001-2022', control: 'A.5.9' });
    }
  });

  it('one CEL rule over normalized facets judges firewalls on three clouds as the built-in baseline rules do', () => {
    const all = readJson('demo.json').findings;
    const failing = (ids: string[]) => new Set(all.filter((f) => ids.includes(f.ruleId) && f.status === 'fail').map((f) => f.asset.id));
    const custom = failing(['acme.network.admin-ports-only-on-bastions']);
    expect([...custom].sort()).toEqual([...failing(['baseline.network.no-ssh-from-internet', 'baseline.network.no-rdp-from-internet'])].sort());
    const providers = new Set(all.filter((f) => custom.has(f.asset.id)).map((f) => f.asset.id.startsWith('arn:') ? 'aws' : f.asset.id.startsWith('/subscriptions/') ? 'azure' : 'gcp'));
    expect(providers).toEqual(new Set(['aws', 'azure', 'gcp']));
  });

  it('fail in the compliance output: the control the rule maps lists the untagged buckets', () => {
    const r = parapet(['compliance', 'iso-27001-2022', '--control', 'A.5.9', '--format', 'json', '--failing', 'all', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { frameworks: Array<{ controls: Array<{ id: string; status: string; rules: string[]; failing: Array<{ ruleId: string; name: string }> }> }> };
    const control = doc.frameworks[0]!.controls[0]!;
    expect(control.rules).toContain('acme.storage.owner-tag');
    expect(control.status).toBe('fail');
    const failing = control.failing.filter((x) => x.ruleId === 'acme.storage.owner-tag').map((x) => x.name).sort();
    const expected = readJson('demo.json').findings.filter((f) => f.ruleId === 'acme.storage.owner-tag' && f.status === 'fail').map((f) => f.asset.name).sort();
    expect(failing).toEqual(expected);
  });

  it('fail in the report output (findings CSV and the HTML report)', () => {
    const csv = parapet(['findings', '--rule', 'acme.storage.owner-tag', '--status', 'fail', '--format', 'csv', '--db', db]);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows.length - 1).toBe(readJson('demo.json').findings.filter((f) => f.ruleId === 'acme.storage.owner-tag' && f.status === 'fail').length);
    // Reports written later from the database still carry the custom rule's remediation (kept with the scan).
    const ocsf = parapet(['findings', '--rule', 'acme.storage.owner-tag', '--status', 'fail', '--format', 'ocsf', '--db', db]);
    expect(ocsf.code, ocsf.stderr).toBe(0);
    const events = JSON.parse(ocsf.stdout) as Array<{ remediation?: { desc: string } }>;
    expect(events.length).toBe(rows.length - 1);
    for (const e of events) expect(e.remediation?.desc).toContain('Add an `owner` tag naming the responsible team.');
    const html = parapet(['report', '--db', db, '--output', join(dir, 'report.html')]);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('acme.storage.owner-tag');
  });

  it('rules test runs the cases; a wrong expectation fails with exit 1, a broken rule is exit 2 with file:line', () => {
    const ok = parapet(['rules', 'test', join(policies, 'owner-tag.yaml')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^3 passed, 0 failed$/m);
    // The shipped examples (docs/policy.md) pass their own tests.
    const examples = parapet(['rules', 'test', join(ROOT, 'examples', 'policies')]);
    expect(examples.code, examples.stdout + examples.stderr).toBe(0);
    expect(examples.stdout).toMatch(/^\d+ passed, 0 failed$/m);
    const wrong = join(dir, 'wrong');
    mkdirSync(wrong, { recursive: true });
    writeFileSync(join(wrong, 'rule.yaml'), OWNER_TAG.replace('    expect: fail\n', '    expect: pass\n'));
    const failed = parapet(['rules', 'test', wrong]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/FAIL acme\.storage\.owner-tag {2}untagged bucket fails \(.*rule\.yaml:\d+\): expected pass, got fail/);
    expect(failed.stdout).toMatch(/^2 passed, 1 failed$/m);
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'rule.yaml'), OWNER_TAG.replace('assert: has(asset.tags.owner) && asset.tags.owner != ""', 'assert: has(asset.tags.owner) &&'));
    const bad = parapet(['rules', 'test', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rule\.yaml:5:\d+: error \[CelSyntax\] assert: /);
  });

  it('a scan with an invalid rule reports it with file and line, runs the valid ones, and exits 2', () => {
    const mixed = join(dir, 'mixed');
    mkdirSync(mixed, { recursive: true });
    cpSync(join(policies, 'owner-tag.yaml'), join(mixed, 'owner-tag.yaml'));
    writeFileSync(join(mixed, 'typo.yaml'), 'id: acme.bad\ntitle: Bad\nseverity: high\nkinds: [storage.bucket]\nassert: asset.tags.size(\nremediation: x\n');
    // Valid CEL that fails on these assets: unknown with the CEL error for each asset, the scan goes on.
    writeFileSync(join(mixed, 'missing.yaml'), 'id: acme.missing-key\ntitle: Reads a key no asset has\nseverity: low\nkinds: [storage.bucket]\nassert: asset.config.NoSuchAspect.Enabled == true\nremediation: x\n');
    const r = parapet(['scan', 'iac', TF, '--rules', mixed, '--format', 'json', '--output', 'mixed.json', '--db', join(dir, 'mixed.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.yaml:5:\d+: error \[CelSyntax\] assert:/);
    expect(readJson('mixed.json').findings.some((f) => f.ruleId === 'acme.storage.owner-tag')).toBe(true);
    expect(readJson('mixed.json').findings.some((f) => f.ruleId === 'acme.bad')).toBe(false);
    const failing = readJson('mixed.json').findings.filter((f) => f.ruleId === 'acme.missing-key');
    expect(failing.length).toBeGreaterThan(0);
    for (const f of failing) {
      expect(f.status).toBe('unknown');
      expect(f.reason).toMatch(/^rule acme\.missing-key: CEL evaluation failed: No such key: NoSuchAspect/);
    }
  });
});

describe('suppressions from parapet.yaml', () => {
  const config = (until: string, account = '111122223333', region = 'eu-west-1') => `version: 1
suppressions:
  - id: public-site
    rule: '*.bucket-not-publicly-readable'
    asset: 'arn:aws:s3:::paired-public-*'
    reason: Public website assets, approved in SEC-42
    owner: web-team@example.com
    until: ${until}
  - rule: '*'
    asset: '*:db:paired-legacy-db'
    accounts: ['${account}']
    reason: Legacy database, decommissioned in Q1 (SEC-7)
    owner: dba@example.com
    until: ${until}
  - rule: aws.ec2.security-group-high-risk-ports-closed
    regions: [${region}]
    reason: Bastion, replaced by SSM (SEC-9)
    owner: platform@example.com
    until: ${until}
`;
  const scan = (name: string, cfg: string | null, extra: string[] = []) => {
    const args = ['scan', 'iac', TF, '--format', 'json', '--output', `${name}.json`, '--db', join(dir, `${name}.db`), '--fail-on', 'critical', ...extra];
    if (cfg !== null) {
      writeFileSync(join(dir, `${name}.yaml`), cfg);
      args.push('--config', join(dir, `${name}.yaml`));
    } else args.push('--no-config');
    return parapet(args);
  };

  const plain = scan('plain', null);
  const criticalFails = readJson('plain.json').findings.filter((f) => f.status === 'fail' && f.severity === 'critical');

  it('without suppressions the critical failures give exit 1', () => {
    expect(plain.code, plain.stderr).toBe(1);
    expect(criticalFails.length).toBeGreaterThanOrEqual(4);
  });

  it('active ones: findings stay visible, marked with reason, owner and expiry; exit codes and score ignore them', () => {
    const until = day(30);
    const r = scan('active', config(until));
    expect(r.code, r.stderr).toBe(0);
    const doc = readJson('active.json');
    const byId = new Map(doc.findings.map((f) => [f.id, f]));
    for (const f of criticalFails) {
      const now = byId.get(f.id)!;
      expect(now.status).toBe('fail');
      expect(now.state).toBe('suppressed');
      expect(now.suppression).toMatchObject({ kind: 'config', owner: expect.stringMatching(/@example\.com$/), until });
      expect(now.suppression!.source).toMatch(/active\.yaml:\d+$/);
    }
    expect(byId.get(criticalFails.find((f) => f.ruleId === 'aws.s3.bucket-not-publicly-readable')!.id)!.suppression).toMatchObject({ id: 'public-site', reason: 'Public website assets, approved in SEC-42' });
    expect(doc.scan.counts.suppressed).toBe(doc.findings.filter((f) => f.state === 'suppressed').length);
    // Unsuppressed high failures remain: --fail-on high still fails.
    const high = doc.findings.filter((f) => f.status === 'fail' && f.severity === 'high' && f.state !== 'suppressed');
    expect(high.length).toBeGreaterThan(0);
    expect(scan('active-high', config(until), ['--fail-on', 'high']).code).toBe(1);
    // The score counts them as no failure: higher than without suppressions.
    const score = (db: string) => (JSON.parse(parapet(['score', '--format', 'json', '--db', join(dir, db)]).stdout) as { scores: Array<{ scope: string; score: number }> }).scores.find((x) => x.scope === 'total')!.score;
    expect(score('active.db')).toBeGreaterThan(score('plain.db'));
    // SARIF marks them as externally suppressed with the justification.
    expect(scan('active-sarif', config(until), ['--format', 'sarif']).code).toBe(0);
    const sarif = JSON.parse(readFileSync(join(dir, 'active-sarif.json'), 'utf8')) as { runs: Array<{ results: Array<{ suppressions?: Array<{ kind: string; justification: string }> }> }> };
    const suppressed = sarif.runs[0]!.results.filter((x) => x.suppressions);
    expect(suppressed.length).toBe(doc.scan.counts.suppressed);
    expect(suppressed[0]!.suppressions![0]).toMatchObject({ kind: 'external', justification: expect.stringContaining('SEC-') });
  });

  it('expired ones re-open their findings, say so on stderr, and count again', () => {
    const r = scan('expired', config(day(-1)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/suppression public-site \(.*expired\.yaml:3, owner web-team@example\.com\) expired on \d{4}-\d\d-\d\d: 2 findings re-opened/);
    const doc = readJson('expired.json');
    expect(doc.findings.filter((f) => f.state === 'suppressed')).toEqual([]);
    expect(doc.scan.counts.suppressed).toBe(0);
    // Until today still holds.
    expect(scan('today', config(day(0))).code).toBe(0);
  });

  it('non-matching ones change nothing and are reported as matching no finding', () => {
    const r = scan('other', config(day(30), '999999999999', 'us-east-1'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/suppression sup-[0-9a-f]{8} \(.*other\.yaml:9\) matched no finding/);
    const doc = readJson('other.json');
    const db = doc.findings.filter((f) => f.asset.name === 'paired-legacy-db' && f.status === 'fail');
    expect(db.length).toBeGreaterThan(0);
    for (const f of db) expect(f.state).toBe('open');
    // The first one still matches (no account or region on it).
    expect(doc.findings.filter((f) => f.state === 'suppressed').every((f) => f.suppression!.id === 'public-site')).toBe(true);
  });

  it('parapet suppressions lists each exception with owner, expiry, status and the findings it accepted', () => {
    const cfg = join(dir, 'audit.yaml');
    writeFileSync(cfg, config(day(10)).replace(/until: (\S+)\n {2}- rule: aws\.ec2/, `until: ${day(120)}\n  - rule: aws.ec2`).replace(/(aws\.ec2\.security-group-high-risk-ports-closed[\s\S]*until: )\S+/, `$1${day(-2)}`));
    const db = join(dir, 'audit.db');
    expect(parapet(['scan', 'iac', TF, '--config', cfg, '--db', db, '--format', 'json', '--output', join(dir, 'audit.json')]).code).toBe(0);
    const r = parapet(['suppressions', '--config', cfg, '--db', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = (JSON.parse(r.stdout) as { suppressions: Array<{ id: string; status: string; daysLeft: number; owner: string; findings: number }> }).suppressions;
    const stored = readJson('audit.json').findings.filter((f) => f.state === 'suppressed');
    expect(rows.map((x) => [x.status, x.daysLeft])).toEqual([['expiring', 10], ['active', 120], ['expired', -2]]);
    expect(rows.map((x) => x.findings)).toEqual(rows.map((x) => stored.filter((f) => f.suppression!.id === x.id).length));
    expect(rows[0]!.findings).toBeGreaterThan(0);
    expect(rows[2]!.findings).toBe(0);
    expect(parapet(['suppressions', '--config', cfg, '--db', db, '--fail-on-expired']).code).toBe(1);
    const table = parapet(['suppressions', '--config', cfg, '--db', db]);
    expect(table.stdout).toMatch(/^3 suppressions: 1 active, 1 expiring within 30 days, 1 expired/m);
  });

  it('parapet suppress records a finding in parapet.yaml, and the next scan honours it', () => {
    const target = criticalFails.find((f) => f.asset.name === 'paired-legacy-db')!;
    const cfgDir = join(dir, 'suppress-cmd');
    mkdirSync(cfgDir, { recursive: true });
    const past = parapet(['suppress', target.id.slice(0, 12), '--reason', 'x', '--owner', 'y', '--until', '2020-01-01', '--db', join(dir, 'plain.db')], cfgDir);
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/--until: 2020-01-01 is in the past/);
    const r = parapet(['suppress', target.id.slice(0, 12), '--reason', 'Decommissioned in Q1 (SEC-7)', '--owner', 'dba@example.com', '--until', day(60), '--db', join(dir, 'plain.db')], cfgDir);
    expect(r.code, r.stderr).toBe(0);
    const yaml = readFileSync(join(cfgDir, 'parapet.yaml'), 'utf8');
    expect(yaml).toContain(`finding: ${target.id}`);
    expect(yaml).toContain(`rule: ${target.ruleId}`);
    expect(yaml).toContain('owner: dba@example.com');
    const again = parapet(['scan', 'iac', TF, '--format', 'json', '--output', join(dir, 'after.json'), '--db', join(dir, 'after.db')], cfgDir);
    expect([0, 1]).toContain(again.code);
    const after = readJson('after.json').findings;
    expect(after.find((f) => f.id === target.id)!.state).toBe('suppressed');
    // Only that finding: the same rule's other verdicts and the asset's other rules are untouched.
    expect(after.filter((f) => f.state === 'suppressed').map((f) => f.id)).toEqual([target.id]);
  });

  it('a parapet.yaml with errors stops the scan naming each key and line', () => {
    const r = scan('typo', 'version: 1\nsupressions:\n  - rule: x\noutput:\n  failOn: severe\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/typo\.yaml:2:1: error \[UnknownKey\] supressions/);
    expect(r.stderr).toMatch(/typo\.yaml:5:\d+: error \[Schema\] output\.failOn/);
  });
});

describe('init and rule selection', () => {
  it('init writes a starter parapet.yaml that scans clean, and refuses to overwrite it', () => {
    const d = join(dir, 'init');
    mkdirSync(d, { recursive: true });
    expect(parapet(['init'], d).code).toBe(0);
    expect(readFileSync(join(d, 'parapet.yaml'), 'utf8')).toMatch(/^version: 1$/m);
    const again = parapet(['init'], d);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists; pass --force/);
    const r = parapet(['scan', 'iac', TF, '--format', 'json', '--output', join(d, 'out.json'), '--db', join(d, 'p.db')], d);
    expect(r.code, r.stderr).toBe(0);
  });

  it('--rules-include, --rules-exclude, --severity and --framework select the rules that run', () => {
    const run = (name: string, extra: string[]) => {
      const r = parapet(['scan', 'iac', TF, '--no-config', '--format', 'json', '--output', `${name}.json`, '--db', join(dir, 'sel.db'), ...extra]);
      expect(r.code, r.stderr).toBe(0);
      return readJson(`${name}.json`).findings;
    };
    const s3 = run('sel-s3', ['--rules-include', 'aws.s3.*', '--severity', 'high+']);
    expect(s3.length).toBeGreaterThan(0);
    for (const f of s3) {
      expect(f.ruleId.startsWith('aws.s3.')).toBe(true);
      expect(['high', 'critical']).toContain(f.severity);
    }
    const noBaseline = run('sel-nob', ['--rules-exclude', 'baseline.*']);
    expect(noBaseline.length).toBeGreaterThan(0);
    expect(noBaseline.some((f) => f.ruleId.startsWith('baseline.'))).toBe(false);
    const cis = run('sel-cis', ['--framework', 'cis-aws']);
    expect(cis.length).toBeGreaterThan(0);
    for (const f of cis) expect(f.compliance.some((c) => c.framework.startsWith('cis-aws-foundations'))).toBe(true);
    const bad = parapet(['scan', 'iac', TF, '--no-config', '--severity', 'severe', '--db', join(dir, 'sel.db')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--severity: /);
  });
});
