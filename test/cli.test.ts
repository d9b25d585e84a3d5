import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'parapet.js');
const dir = mkdtempSync(join(tmpdir(), 'parapet-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parapet(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parapet CLI', () => {
  const db = join(dir, 'demo.db');

  it('demo --format json follows the scan contract, over 10+ services on three clouds with fail, pass and unknown verdicts', () => {
    const out = join(dir, 'demo.json');
    const r = parapet(['demo', '--format', 'json', '--output', out, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.parapet).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(doc.scan)).toEqual(expect.arrayContaining(['id', 'startedAt', 'finishedAt', 'counts']));
    expect(Object.keys(doc.scan.counts).sort()).toEqual(['assets', 'fail', 'not_applicable', 'pass', 'suppressed', 'unknown']);
    for (const s of ['pass', 'fail', 'unknown'] as const) expect(doc.scan.counts[s]).toBeGreaterThan(0);
    const f = doc.findings.find((x: { status: string }) => x.status === 'fail');
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'ruleId', 'title', 'severity', 'status', 'reason', 'state', 'asset', 'evidence', 'compliance', 'firstSeen', 'lastSeen']));
    expect(Object.keys(f.asset)).toEqual(expect.arrayContaining(['id', 'provider', 'account', 'region', 'type', 'kind', 'name']));
    const services = new Set(doc.findings.map((x: { ruleId: string }) => x.ruleId.split('.')[1]));
    expect(services.size).toBeGreaterThanOrEqual(10);
    expect(doc.errors.length).toBeGreaterThan(0);
    for (const e of doc.errors) expect(Object.keys(e)).toEqual(expect.arrayContaining(['provider', 'account', 'region', 'service', 'operation', 'code', 'message']));
    // The bucket whose ACL read the demo denies is unknown, never pass.
    const denied = doc.findings.find((x: { ruleId: string; asset: { name: string } }) => x.ruleId === 'aws.s3.bucket-not-publicly-readable' && x.asset.name === 'prod-customer-exports');
    expect(denied.status).toBe('unknown');

    // The demo spans three clouds, and one baseline rule judges public storage on each: it fails the
    // public S3 bucket, the publicly readable blob container and the public GCS bucket, and passes their
    // private twins.
    expect(new Set(doc.findings.map((x: { asset: { provider: string } }) => x.asset.provider))).toEqual(new Set(['aws', 'azure', 'gcp']));
    const publicRead = (name: string) => doc.findings.find((x: { ruleId: string; asset: { name: string } }) => x.ruleId === 'baseline.storage.bucket-not-publicly-readable' && x.asset.name === name)?.status;
    expect({
      s3: publicRead('prod-media-uploads'),
      s3Twin: publicRead('prod-customer-reports'),
      blob: publicRead('stparapetweb/public-assets'),
      blobTwin: publicRead('stparapetweb/private-reports'),
      gcs: publicRead('parapet-demo-prod-public-assets'),
      gcsTwin: publicRead('parapet-demo-prod-customer-data'),
    }).toEqual({ s3: 'fail', s3Twin: 'pass', blob: 'fail', blobTwin: 'pass', gcs: 'fail', gcsTwin: 'pass' });
  });

  it('exits 1 when --fail-on is reached and 0 when it is not', () => {
    expect(parapet(['findings', '--db', db, '--fail-on', 'critical', '--format', 'csv']).code).toBe(1);
    expect(parapet(['findings', '--db', db, '--fail-on', 'critical', '--severity', 'low', '--format', 'csv']).code).toBe(0);
  });

  it('filters findings and diffs the last two scans', () => {
    const r = parapet(['findings', '--db', db, '--status', 'fail', '--severity', 'critical', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) expect([f.status, f.severity]).toEqual(['fail', 'critical']);
    expect(parapet(['demo', '--db', db, '--format', 'csv', '--output', join(dir, 'second.csv')]).code).toBe(0);
    const d = JSON.parse(parapet(['diff', '--db', db, '--format', 'json']).stdout);
    expect(d.counts.new).toBe(0);
    expect(d.counts.stillFailing).toBeGreaterThan(0);
  });

  it('lists every rule with id, title, severity, providers and what it applies to', () => {
    const rules = JSON.parse(parapet(['rules', 'list', '--format', 'json']).stdout);
    expect(rules.length).toBeGreaterThanOrEqual(60);
    // Every cloud is covered, and baseline rules judge all three.
    expect(rules.filter((r: { id: string; providers: string[] }) => r.id.startsWith('baseline.') && r.providers.length === 3).length).toBeGreaterThanOrEqual(25);
    for (const r of rules) {
      expect(r).toMatchObject({ id: expect.any(String), title: expect.any(String), severity: expect.any(String) });
      expect(r.providers.length, r.id).toBeGreaterThan(0);
      for (const p of r.providers) expect(['aws', 'azure', 'gcp']).toContain(p);
      expect(r.id.split('.')[0]).toBe(r.id.startsWith('baseline.') ? 'baseline' : r.providers[0]);
      expect(r.types.length + r.kinds.length).toBeGreaterThan(0);
    }
  });

  it('prints the read-only IAM policy a scan needs', () => {
    const policy = JSON.parse(parapet(['permissions', 'aws']).stdout);
    const actions: string[] = policy.Statement[0].Action;
    expect(actions).toEqual(expect.arrayContaining(['s3:GetBucketAcl', 'iam:GetAccountAuthorizationDetails', 'ec2:DescribeSnapshotAttribute', 'sts:AssumeRole']));
    for (const a of actions) expect(a.split(':')[1]).toMatch(/^(Describe|List|Get|Generate(Credential)?Report|BatchGet|AssumeRole)/);
  });

  it.each([
    [['scan', 'aws', '--format', 'xml'], /--format: 'xml' is not one of/],
    [['scan', 'aws', '--regions', 'useast1'], /--regions: 'useast1' is not an AWS region name/],
    [['scan', 'aws', '--fail-on', 'severe'], /--fail-on: 'severe' is not a severity/],
    [['rules', 'show', 'aws.s3.nope'], /no rule 'aws.s3.nope'/],
  ])('%j fails as a tool error (exit 2) with one actionable line', (args, message) => {
    const r = parapet(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('names an unreachable endpoint and exits 2', () => {
    const r = parapet(['scan', 'aws', '--endpoint', 'http://127.0.0.1:9', '--db', join(dir, 'x.db')], { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot reach the AWS STS endpoint at http:\/\/127\.0\.0\.1:9/);
  });
});
