import { describe, expect, it } from 'vitest';
import { appliesTo, runRule } from '../../../../core/rule.js';
import { seededRng } from '../../../../../sim/aws/rng.js';
import { iamGenerator } from '../../../../../sim/aws/services/iam/generator.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { scanWith } from '../../../../../test/support/aws.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { rules } from '../../../../rules/aws/iam/index.js';
import { collectors } from './index.js';
import { ACCOUNT, iamEstate } from './test-estate.js';

const build = (n: number, seed: number) => iamGenerator.build(n, { accountId: ACCOUNT, region: 'us-east-1', rng: seededRng(seed) });

describe('IAM benchmark generator', () => {
  it('is deterministic for a seed', () => {
    expect(JSON.stringify(build(500, 3))).toBe(JSON.stringify(build(500, 3)));
    expect(JSON.stringify(build(500, 3))).not.toBe(JSON.stringify(build(500, 4)));
  });

  it('counts assets exactly as a full scan finds them, with a realistic share of failures', async () => {
    const { section, assets: expected } = build(3000, 11);
    expect(expected).toBeGreaterThan(2900);
    expect(expected).toBeLessThanOrEqual(3003);
    const sim = await startSimulator({ estate: iamEstate(section) });
    try {
      const { assets, errors } = await scanWith(sim, collectors);
      expect(errors).toEqual([]);
      expect(assets).toHaveLength(expected);
      const ctx = fixtureContext(assets);
      for (const id of ['aws.iam.user-console-mfa', 'aws.iam.user-access-keys-rotated', 'aws.iam.policy-no-full-admin', 'aws.iam.user-no-direct-policies']) {
        const rule = rules.find((r) => r.id === id)!;
        const verdicts = assets.filter((a) => appliesTo(rule, a)).map((a) => runRule(rule, a, ctx).status);
        const failing = verdicts.filter((s) => s === 'fail').length / verdicts.length;
        expect([id, failing > 0.02 && failing < 0.6]).toEqual([id, true]);
        expect(verdicts).not.toContain('unknown');
      }
    } finally {
      await sim.close();
    }
  });
});
