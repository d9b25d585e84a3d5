import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScan, type EngineEvent } from '../src/engine/scan.js';
import { discoverAws, type AwsScanOptions } from '../src/providers/aws/runtime/discover.js';
import { awsCollectorsByService } from '../src/providers/aws/services/index.js';
import { builtinRules } from '../src/rules/index.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { Estate, FaultSpec } from '../sim/aws/estate.js';
import { startSimulator, type Simulator } from '../sim/aws/server.js';
import { TEST_RETRY } from './support/aws.js';

const PUBLIC_READ = 'aws.s3.bucket-not-publicly-readable';
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

function bucket(name: string, extra: Record<string, unknown> = {}) {
  return { Name: name, Region: 'us-east-1', CreationDate: '2025-01-01T00:00:00Z', ...extra };
}

/** A small organization: management 111111111111 and member 222222222222, S3 only. */
function estate(faults: FaultSpec[] = []): Estate {
  const publicAcl = { Acl: { Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] } };
  return {
    organization: { id: 'o-test000001', managementAccountId: '111111111111', memberRoleName: 'OrganizationAccountAccessRole' },
    accounts: [
      { id: '111111111111', name: 'management', regions: ['us-east-1'], global: { s3: { buckets: [bucket('mgmt-private', { PublicAccessBlockConfiguration: ALL_ON })] } }, regional: {} },
      {
        id: '222222222222',
        name: 'member',
        regions: ['us-east-1'],
        global: { s3: { buckets: [bucket('member-public', publicAcl), bucket('member-denied', publicAcl), bucket('member-private', { PublicAccessBlockConfiguration: ALL_ON })] } },
        regional: {},
      },
    ],
    faults,
  };
}

describe('AWS scan through the simulator, end to end', () => {
  let dir: string;
  let store: Store;
  let sim: Simulator | undefined;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parapet-scan-'));
    store = await openStore(join(dir, 'p.db'));
  });
  afterEach(async () => {
    await store.close();
    await sim?.close();
    sim = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function scan(e: Estate, extra: Partial<AwsScanOptions> = {}) {
    sim = await startSimulator({ estate: e });
    const s = sim;
    const events: EngineEvent[] = [];
    const outcome = await runScan({
      target: 'aws',
      store,
      rules: builtinRules,
      onEvent: (ev) => events.push(ev),
      discover: (sink) =>
        discoverAws(
          { org: true, endpoint: s.endpoint, credentials: async () => ({ ...s.credentials }), regions: ['us-east-1'], collectors: awsCollectorsByService.s3 ?? [], retry: TEST_RETRY, requestTimeoutMs: 2_000, ...extra },
          sink,
        ),
    });
    const findings = await store.findings({ scanId: outcome.scan.id });
    const verdict = (rule: string, name: string) => findings.find((f) => f.ruleId === rule && f.asset.name === name);
    return { outcome, findings, verdict, errors: await store.errors(outcome.scan.id), events, sim: s };
  }

  it('assumes the member role in every organization account and attributes assets to it', async () => {
    const { outcome, verdict, sim: s } = await scan(estate());
    expect(outcome.discovery.accounts.sort()).toEqual(['111111111111', '222222222222']);
    expect(s.stats().byOperation['sts:AssumeRole'] ?? s.stats().byOperation.AssumeRole).toBeGreaterThanOrEqual(1);
    expect(verdict(PUBLIC_READ, 'member-public')?.asset.account).toBe('222222222222');
    expect(verdict(PUBLIC_READ, 'mgmt-private')?.asset.account).toBe('111111111111');
    expect(verdict(PUBLIC_READ, 'member-public')?.status).toBe('fail');
    expect(verdict(PUBLIC_READ, 'member-private')?.status).toBe('pass');
  });

  it('reports a bucket whose ACL read was denied as unknown, never pass, and names the failed call', async () => {
    const { verdict, errors } = await scan(estate([{ account: '222222222222', service: 's3', operation: 'GetBucketAcl', resource: 'member-denied', effect: 'deny' }]));
    const f = verdict(PUBLIC_READ, 'member-denied');
    expect(f?.status).toBe('unknown');
    expect(f?.reason).toMatch(/GetBucketAcl/);
    expect(f?.reason).toMatch(/AccessDenied/);
    expect(errors).toContainEqual(expect.objectContaining({ provider: 'aws', account: '222222222222', service: 's3', operation: 'GetBucketAcl', code: 'AccessDenied', resource: 'member-denied' }));
    // The twin with the same configuration whose ACL could be read fails as it should.
    expect(verdict(PUBLIC_READ, 'member-public')?.status).toBe('fail');
  });

  it('retries throttled calls through the shared limiter and recovers', async () => {
    const { outcome, errors, verdict } = await scan(estate([{ service: 's3', operation: 'GetBucketAcl', effect: 'throttle', times: 4 }]));
    expect(errors).toEqual([]);
    expect(outcome.discovery.stats.retries).toBeGreaterThanOrEqual(4);
    expect(verdict(PUBLIC_READ, 'member-public')?.status).toBe('fail');
  });

  it('gives up on a call throttled beyond its attempts and makes the verdict unknown', async () => {
    const { errors, verdict } = await scan(estate([{ account: '222222222222', service: 's3', operation: 'GetBucketAcl', resource: 'member-public', effect: 'throttle' }]));
    expect(errors).toContainEqual(expect.objectContaining({ operation: 'GetBucketAcl', code: 'SlowDown', resource: 'member-public' }));
    expect(verdict(PUBLIC_READ, 'member-public')?.status).toBe('unknown');
  });

  it('reports a refused AssumeRole as sts:AssumeRole and scans the other accounts', async () => {
    const { errors, findings, outcome } = await scan(estate([{ service: 'sts', operation: 'AssumeRole', resource: 'arn:aws:iam::222222222222:role/OrganizationAccountAccessRole', effect: 'deny' }]));
    expect(errors).toContainEqual(expect.objectContaining({ account: '222222222222', service: 'sts', operation: 'AssumeRole', code: 'AccessDenied' }));
    expect(findings.some((f) => f.asset.account === '111111111111' && f.status === 'pass')).toBe(true);
    expect(findings.filter((f) => f.asset.account === '222222222222' && f.status === 'pass')).toEqual([]);
    expect(outcome.scan.status).toBe('complete');
  });

  it('resolves a finding once a later scan sees it fixed, and diffs the two scans', async () => {
    const first = await scan(estate());
    await sim?.close();
    const fixed = estate();
    const member = fixed.accounts[1];
    if (!member) throw new Error('estate has no member');
    member.global.s3.buckets[0] = bucket('member-public', { PublicAccessBlockConfiguration: ALL_ON });
    const second = await scan(fixed);
    const diff = await store.diff(first.outcome.scan.id, second.outcome.scan.id);
    expect(diff.resolved.map((f) => `${f.ruleId} ${f.asset.name}`)).toContain(`${PUBLIC_READ} member-public`);
    expect(diff.stillFailing.map((f) => `${f.ruleId} ${f.asset.name}`)).toContain(`${PUBLIC_READ} member-denied`);
    const now = await store.findings({ ruleId: [PUBLIC_READ] });
    expect(now.find((f) => f.asset.name === 'member-public')?.state).toBe('resolved');
  });
});

describe('AWS scan with a hanging endpoint', () => {
  it('times a hung call out, retries it, then records a TimeoutError and an unknown verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-timeout-'));
    const store = await openStore(join(dir, 'p.db'));
    const sim = await startSimulator({ estate: estate([{ account: '222222222222', service: 's3', operation: 'GetBucketAcl', resource: 'member-public', effect: 'timeout' }]) });
    try {
      const t0 = performance.now();
      const outcome = await runScan({
        target: 'aws',
        store,
        rules: builtinRules,
        discover: (sink) =>
          discoverAws({ org: true, endpoint: sim.endpoint, credentials: async () => ({ ...sim.credentials }), regions: ['us-east-1'], collectors: awsCollectorsByService.s3 ?? [], retry: TEST_RETRY, requestTimeoutMs: 300 }, sink),
      });
      expect(performance.now() - t0).toBeLessThan(20_000);
      const errors = await store.errors(outcome.scan.id);
      expect(errors).toContainEqual(expect.objectContaining({ operation: 'GetBucketAcl', code: 'TimeoutError', resource: 'member-public' }));
      const f = (await store.findings({ scanId: outcome.scan.id, ruleId: [PUBLIC_READ] })).find((x) => x.asset.name === 'member-public');
      expect(f?.status).toBe('unknown');
      expect(outcome.discovery.stats.retryCodes.TimeoutError).toBeGreaterThanOrEqual(1);
    } finally {
      await store.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
