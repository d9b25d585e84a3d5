/**
 * `parapet scan iac` through the real CLI: Terraform roots with local modules and for_each, a CloudFormation
 * template, inline suppressions, SARIF (validated against the OASIS schema) and JUnit output, baselines,
 * exit codes, and a broken file that is named with its line while the rest is still scanned.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'parapet.js');
const dir = mkdtempSync(join(tmpdir(), 'parapet-iac-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Doc {
  scan: { counts: Record<string, number> };
  findings: Array<{ id: string; ruleId: string; status: string; state: string; reason: string; asset: { id: string; name: string; iac?: { file: string; line: number; address: string } }; suppression?: { reason: string; source: string }; baselineState?: string }>;
  errors: Array<{ provider: string; service: string; operation: string; code: string; message: string; resource?: string }>;
}

/** Runs the CLI from a copy of the fixtures, so paths in the output are relative (`project/storage/main.tf`). */
function parapet(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scanJson(args: string[], name: string): { code: number | null; doc: Doc; stderr: string } {
  const out = join(dir, `${name}.json`);
  const r = parapet(['scan', 'iac', ...args, '--format', 'json', '--output', out, '--db', join(dir, `${name}.db`)]);
  return { code: r.code, doc: JSON.parse(readFileSync(out, 'utf8')) as Doc, stderr: r.stderr };
}

beforeAll(() => {
  cpSync(join(ROOT, 'test', 'fixtures', 'iac', 'project'), join(dir, 'project'), { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'iac', 'broken'), join(dir, 'broken'), { recursive: true });
});

describe('parapet scan iac', () => {
  let doc: Doc;
  let code: number | null;
  beforeAll(() => {
    ({ doc, code } = scanJson(['project'], 'project'));
  });
  const find = (ruleId: string, address: string) => doc.findings.find((f) => f.ruleId === ruleId && f.asset.iac?.address === address);

  it('judges every Terraform root and template under a directory, naming address, file and line', () => {
    expect(code).toBe(0);
    for (const key of ['blue', 'green']) {
      const f = find('baseline.network.no-ssh-from-internet', `module.web["${key}"].aws_security_group.web`);
      expect(f?.status).toBe('fail');
      expect(f?.asset.iac).toEqual({ file: 'project/modules/web/main.tf', line: 9, address: `module.web["${key}"].aws_security_group.web` });
    }
    expect(find('baseline.network.no-rdp-from-internet', 'AdminSg')?.status).toBe('fail');
    expect(find('baseline.network.no-rdp-from-internet', 'AdminSg')?.asset.iac?.file).toBe('project/cfn/stack.yaml');
    // Related blocks merge into the bucket: versioning from aws_s3_bucket_versioning, the name from a local.
    const reports = find('baseline.storage.bucket-versioning-enabled', 'aws_s3_bucket.reports');
    expect(reports?.status).toBe('pass');
    expect(reports?.asset.id).toBe('arn:aws:s3:::acme-prod-reports');
  });

  it('makes values unknown before apply give unknown verdicts, never a pass', () => {
    const f = find('baseline.storage.bucket-secure-transport-only', 'aws_s3_bucket.unknown_name');
    expect(f?.status).toBe('unknown');
    expect(f?.reason).toMatch(/UnknownUntilApply/);
    expect(f?.asset.id).toBe('iac:project/storage#aws_s3_bucket.unknown_name');
    expect(doc.findings.filter((x) => x.asset.iac?.address === 'aws_s3_bucket.unknown_name' && x.ruleId.includes('policy')).every((x) => x.status !== 'pass')).toBe(true);
  });

  it('honours inline suppressions with a reason (also on a block merged into the asset) and reports those without', () => {
    const site = find('baseline.storage.bucket-not-publicly-readable', 'aws_s3_bucket.site')!;
    expect(site.state).toBe('suppressed');
    expect(site.suppression).toEqual({ kind: 'inline', reason: 'public website content, approved in SEC-1234', source: 'project/storage/main.tf:29' });
    const archive = find('baseline.storage.bucket-versioning-enabled', 'Archive')!;
    expect(archive).toMatchObject({ status: 'fail', state: 'suppressed', suppression: { reason: 'archive bucket is write-once by design' } });
    // Without a reason: not applied, and said so with file and line.
    expect(find('aws.s3.bucket-access-logging-enabled', 'aws_s3_bucket.reports')?.state).toBe('open');
    const warning = doc.errors.find((e) => e.code === 'SuppressionWithoutReason')!;
    expect(warning.resource).toBe('project/storage/main.tf:35');
    expect(warning.message).toMatch(/^warning: /);
  });

  it('--fail-on counts failing findings that are not suppressed', () => {
    expect(parapet(['scan', 'iac', 'project', '--fail-on', 'high', '--db', join(dir, 'f.db')]).code).toBe(1);
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const out = join(dir, 'project.sarif');
    expect(parapet(['scan', 'iac', 'project', '--format', 'sarif', '--output', out, '--db', join(dir, 's.db')]).code).toBe(0);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[]; locations: Array<{ physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    formats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0]!.results;
    const ssh = results.find((r) => r.ruleId === 'baseline.network.no-ssh-from-internet')!;
    expect(ssh.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'project/modules/web/main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 9 } });
    expect(results.filter((r) => r.suppressions).length).toBeGreaterThanOrEqual(2);
  });

  it('writes JUnit XML with failures and skipped suppressions', () => {
    const out = join(dir, 'project.xml');
    parapet(['scan', 'iac', 'project', '--format', 'junit', '--output', out, '--db', join(dir, 'j.db')]);
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { testsuites: { '@_failures': string; '@_skipped': string } };
    expect(Number(parsed.testsuites['@_failures'])).toBeGreaterThan(0);
    expect(Number(parsed.testsuites['@_skipped'])).toBeGreaterThanOrEqual(2);
  });

  it('fails only on new findings against a baseline', { timeout: 240_000 }, () => {
    const baseline = join(dir, 'baseline.json');
    expect(parapet(['scan', 'iac', 'project', '--write-baseline', baseline, '--db', join(dir, 'b.db')]).code).toBe(0);
    expect(parapet(['scan', 'iac', 'project', '--baseline', baseline, '--fail-on', 'high', '--db', join(dir, 'b.db')]).code).toBe(0);
    // A new mistake: another world-open SSH group.
    writeFileSync(
      join(dir, 'project', 'network', 'extra.tf'),
      'resource "aws_security_group" "bastion" {\n  name = "bastion"\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n',
    );
    try {
      const r = scanJson(['project', '--baseline', baseline, '--fail-on', 'high'], 'new');
      expect(r.code).toBe(1);
      expect(r.doc.findings.find((f) => f.ruleId === 'baseline.network.no-ssh-from-internet' && f.asset.iac?.address === 'aws_security_group.bastion')?.baselineState).toBe('new');
      expect(r.doc.findings.find((f) => f.ruleId === 'baseline.network.no-ssh-from-internet' && f.asset.iac?.address === 'module.web["blue"].aws_security_group.web')?.baselineState).toBe('unchanged');
    } finally {
      rmSync(join(dir, 'project', 'network', 'extra.tf'));
    }
    writeFileSync(join(dir, 'bad-baseline.json'), '{"kind":"something-else"}');
    const bad = parapet(['scan', 'iac', 'project', '--baseline', join(dir, 'bad-baseline.json'), '--db', join(dir, 'b.db')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--baseline: .*bad-baseline\.json is not a Parapet baseline/);
  });

  it('names a file that does not parse with its line, scans the rest, and exits 2', () => {
    const r = scanJson(['broken'], 'broken');
    expect(r.code).toBe(2);
    expect(r.doc.findings.map((f) => f.asset.name)).toEqual(expect.arrayContaining(['still-scanned', 'after-the-error']));
    const e = r.doc.errors.find((x) => x.code === 'HclSyntax')!;
    expect(e).toMatchObject({ service: 'terraform', operation: 'Parse', resource: 'broken/main.tf:6:19' });
    expect(r.stderr).toMatch(/1 input error \(first: broken\/main\.tf:6/);
  });

  it('names a path that does not exist', () => {
    const r = scanJson(['no-such-dir'], 'missing');
    expect(r.code).toBe(2);
    expect(r.doc.errors[0]).toMatchObject({ code: 'NotFound', resource: 'no-such-dir:1' });
  });
});
