import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as notPendingDeletion } from '../../../../rules/aws/kms/key-not-pending-deletion.js';
import { rule as policyNotPublic } from '../../../../rules/aws/kms/key-policy-not-public.js';
import { rule as rotation } from '../../../../rules/aws/kms/key-rotation-enabled.js';
import { keysCollector } from './keys.js';
import { ACCOUNT, keyId, kmsEstate, REGION } from './test-estate.js';

const OPEN_POLICY = { Version: '2012-10-17', Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] };

const estate = kmsEstate([
  { KeyId: keyId(1), RotationEnabled: true, RotationPeriodInDays: 180 },
  { KeyId: keyId(2), RotationEnabled: false, Policy: OPEN_POLICY },
  { KeyId: keyId(3), KeyManager: 'AWS', Aliases: ['alias/aws/s3'] },
  { KeyId: keyId(4), KeySpec: 'RSA_2048' },
  { KeyId: keyId(5), KeyState: 'PendingDeletion', DeletionDate: '2026-12-06T00:00:00Z' },
]);
const byKey = (assets: { name: string }[], n: number) => assets.find((a) => a.name === keyId(n)) as Parameters<typeof runRule>[1];

describe('aws.kms.keys collector', () => {
  it('describes every key and asks for rotation and policy only where they are the customer\'s', async () => {
    const sim = await startSimulator({ estate });
    try {
      const out = await scanWith(sim, [keysCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(5);
      const k1 = byKey(out.assets, 1);
      expect(k1).toMatchObject({ id: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId(1)}`, type: 'AWS::KMS::Key', kind: 'crypto.key', region: REGION });
      expect(k1.config.rotation).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 180 });
      expect(k1.config.rotation).not.toHaveProperty('$metadata');
      expect(JSON.parse((k1.config.policy as { Policy: string }).Policy).Statement[0].Principal).toEqual({ AWS: `arn:aws:iam::${ACCOUNT}:root` });
      // AWS managed: no policy, no rotation call; asymmetric and pending deletion: no rotation call.
      expect(Object.keys(byKey(out.assets, 3).config)).toEqual(['metadata']);
      expect(Object.keys(byKey(out.assets, 4).config).sort()).toEqual(['metadata', 'policy']);
      expect(Object.keys(byKey(out.assets, 5).config).sort()).toEqual(['metadata', 'policy']);
      const calls = sim.stats().byOperation;
      expect(calls['kms:DescribeKey']).toBe(5);
      expect(calls['kms:GetKeyRotationStatus']).toBe(2);
      expect(calls['kms:GetKeyPolicy']).toBe(4);

      const ctx = fixtureContext(out.assets);
      expect(runRule(rotation, k1, ctx).status).toBe('pass');
      expect(runRule(rotation, byKey(out.assets, 2), ctx).status).toBe('fail');
      expect(runRule(rotation, byKey(out.assets, 3), ctx).status).toBe('not_applicable');
      expect(runRule(policyNotPublic, byKey(out.assets, 2), ctx).status).toBe('fail');
      expect(runRule(policyNotPublic, k1, ctx).status).toBe('pass');
      expect(runRule(notPendingDeletion, byKey(out.assets, 5), ctx).status).toBe('fail');
    } finally {
      await sim.close();
    }
  });

  it('pages ListKeys (1000 per page) to the end', async () => {
    // AWS managed keys need only DescribeKey, which keeps this 2100-key test to ~2100 calls.
    const sim = await startSimulator({ estate: kmsEstate(Array.from({ length: 2100 }, (_, i) => ({ KeyId: keyId(i), KeyManager: 'AWS' as const }))) });
    try {
      const out = await scanWith(sim, [keysCollector]);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(2100);
      expect(sim.stats().byOperation['kms:ListKeys']).toBe(3);
      expect(sim.stats().byOperation['kms:DescribeKey']).toBe(2100);
    } finally {
      await sim.close();
    }
  });

  it('a denied rotation call leaves a gap naming the call, and the rotation rule says unknown', async () => {
    const out = await collectFrom(estate, keysCollector, { faults: [{ effect: 'deny', service: 'kms', operation: 'GetKeyRotationStatus' }] });
    const k2 = byKey(out.assets, 2);
    expect(k2.gaps.rotation).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'kms', operation: 'GetKeyRotationStatus', code: 'AccessDeniedException', resource: keyId(2) });
    expect(out.errors.map((e) => e.operation)).toEqual(['GetKeyRotationStatus', 'GetKeyRotationStatus']);
    // The policy was still collected for the same key.
    expect(k2.config.policy).toBeDefined();
    const v = runRule(rotation, k2, fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetKeyRotationStatus');
  });

  it('a denied DescribeKey leaves the key unjudgeable rather than guessed', async () => {
    const out = await collectFrom(estate, keysCollector, { faults: [{ effect: 'deny', service: 'kms', operation: 'DescribeKey' }] });
    expect(out.assets).toHaveLength(5);
    for (const a of out.assets) expect(runRule(rotation, a, fixtureContext(out.assets)).status).toBe('unknown');
  });
});
