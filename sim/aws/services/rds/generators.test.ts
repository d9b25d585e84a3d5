/**
 * The benchmark generators of the RDS, KMS, CloudTrail, Config and GuardDuty simulators: deterministic for
 * a seed, honest about how many assets the collectors will find, and with a realistic share of mistakes.
 */
import { describe, expect, it } from 'vitest';
import type { Estate } from '../../estate.js';
import type { ResourceGenerator } from '../../generator.js';
import { seededRng } from '../../rng.js';
import { startSimulator } from '../../server.js';
import { scanWith } from '../../../../test/support/aws.js';
import type { AwsCollector } from '../../../../src/providers/aws/collector.js';
import { collectors as cloudtrail } from '../../../../src/providers/aws/services/cloudtrail/index.js';
import { collectors as config } from '../../../../src/providers/aws/services/config/index.js';
import { collectors as guardduty } from '../../../../src/providers/aws/services/guardduty/index.js';
import { collectors as kms } from '../../../../src/providers/aws/services/kms/index.js';
import { collectors as rds } from '../../../../src/providers/aws/services/rds/index.js';
import { generators as cloudtrailGenerators } from '../cloudtrail.js';
import { generators as configGenerators } from '../config.js';
import { generators as guarddutyGenerators } from '../guardduty.js';
import { generators as kmsGenerators } from '../kms.js';
import { generators as rdsGenerators } from '../rds.js';

const ACCOUNT = '444444444444';
const CASES: Array<{ generator: ResourceGenerator; collectors: AwsCollector[]; n: number }> = [
  { generator: rdsGenerators[0]!, collectors: rds, n: 300 },
  { generator: kmsGenerators[0]!, collectors: kms, n: 120 },
  { generator: cloudtrailGenerators[0]!, collectors: cloudtrail, n: 50 },
  { generator: configGenerators[0]!, collectors: config, n: 1 },
  { generator: guarddutyGenerators[0]!, collectors: guardduty, n: 1 },
];

const estateOf = (g: ResourceGenerator, section: unknown): Estate => ({ accounts: [{ id: ACCOUNT, name: 'bench', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { [g.service]: section } } }] });

describe('benchmark generators', () => {
  it.each(CASES.map((c) => [c.generator.service, c] as const))('%s: same seed, same section', (_s, { generator, n }) => {
    const a = generator.build(n, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(7) });
    const b = generator.build(n, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(7) });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it.each(CASES.map((c) => [c.generator.service, c] as const))('%s: the collectors find exactly the assets the generator counts', async (_s, { generator, collectors, n }) => {
    const { section, assets } = generator.build(n, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(11) });
    expect(assets).toBeGreaterThan(0);
    expect(assets).toBeLessThanOrEqual(n);
    const sim = await startSimulator({ estate: estateOf(generator, section) });
    try {
      const out = await scanWith(sim, collectors);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(assets);
    } finally {
      await sim.close();
    }
  });

  it('RDS and KMS sections fill n exactly and mix good and bad settings', () => {
    const r = rdsGenerators[0]!.build(1000, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(3) });
    expect(r.assets).toBe(1000);
    const instances = r.section.instances as Array<{ StorageEncrypted?: boolean; PubliclyAccessible?: boolean }>;
    const share = (f: (i: (typeof instances)[number]) => boolean) => instances.filter(f).length / instances.length;
    expect(share((i) => i.StorageEncrypted === false)).toBeGreaterThan(0.05);
    expect(share((i) => i.StorageEncrypted === false)).toBeLessThan(0.4);
    expect(share((i) => i.PubliclyAccessible === true)).toBeGreaterThan(0);
    expect(share((i) => i.PubliclyAccessible === true)).toBeLessThan(0.15);
    const k = kmsGenerators[0]!.build(500, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(3) });
    expect(k.assets).toBe(500);
    const keys = k.section.keys as Array<{ RotationEnabled?: boolean; KeyManager?: string; KeySpec?: string }>;
    const cmks = keys.filter((x) => x.KeyManager !== 'AWS' && x.KeySpec === 'SYMMETRIC_DEFAULT');
    expect(cmks.filter((x) => !x.RotationEnabled).length / cmks.length).toBeGreaterThan(0.1);
    expect(cmks.filter((x) => x.RotationEnabled).length / cmks.length).toBeGreaterThan(0.5);
  });
});
