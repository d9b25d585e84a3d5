/**
 * The benchmark generators of Lambda, EKS, ELBv2, Secrets Manager and ECR: deterministic per seed, the
 * asset count they announce is what the collectors find, and the estate mixes passing and failing
 * resources for the rules (every rule judges, none gives "unknown" on complete data).
 */
import { describe, expect, it } from 'vitest';
import { collectFrom } from '../../../../test/support/aws.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule, type Rule } from '../../../../src/core/rule.js';
import type { AwsCollector } from '../../../../src/providers/aws/collector.js';
import { collectors as ecrCollectors } from '../../../../src/providers/aws/services/ecr/index.js';
import { collectors as eksCollectors } from '../../../../src/providers/aws/services/eks/index.js';
import { collectors as elbCollectors } from '../../../../src/providers/aws/services/elbv2/index.js';
import { collectors as lambdaCollectors } from '../../../../src/providers/aws/services/lambda/index.js';
import { collectors as secretCollectors } from '../../../../src/providers/aws/services/secretsmanager/index.js';
import { rules as ecrRules } from '../../../../src/rules/aws/ecr/index.js';
import { rules as eksRules } from '../../../../src/rules/aws/eks/index.js';
import { rules as elbRules } from '../../../../src/rules/aws/elbv2/index.js';
import { rules as lambdaRules } from '../../../../src/rules/aws/lambda/index.js';
import { rules as secretRules } from '../../../../src/rules/aws/secretsmanager/index.js';
import type { Estate } from '../../estate.js';
import type { ResourceGenerator } from '../../generator.js';
import { seededRng } from '../../rng.js';
import { generators as ecrGenerators } from '../ecr.js';
import { generators as eksGenerators } from '../eks.js';
import { generators as elbGenerators } from '../elbv2.js';
import { generators as lambdaGenerators } from '../lambda.js';
import { generators as secretGenerators } from '../secretsmanager.js';

const ACCOUNT = '111111111111';
const REGION = 'us-east-1';

const cases: Array<[string, ResourceGenerator, AwsCollector, Rule[]]> = [
  ['lambda', lambdaGenerators[0]!, lambdaCollectors[0]!, lambdaRules],
  ['eks', eksGenerators[0]!, eksCollectors[0]!, eksRules],
  ['elasticloadbalancing', elbGenerators[0]!, elbCollectors[0]!, elbRules],
  ['secretsmanager', secretGenerators[0]!, secretCollectors[0]!, secretRules],
  ['ecr', ecrGenerators[0]!, ecrCollectors[0]!, ecrRules],
];

const build = (g: ResourceGenerator, n: number, seed: number) => g.build(n, { accountId: ACCOUNT, region: REGION, rng: seededRng(seed) });

describe.each(cases)('%s generator', (service, generator, collector, rules) => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generator.service).toBe(service);
    expect(JSON.stringify(build(generator, 40, 7))).toBe(JSON.stringify(build(generator, 40, 7)));
    expect(JSON.stringify(build(generator, 40, 7))).not.toBe(JSON.stringify(build(generator, 40, 8)));
  });

  it('announces the assets the collector finds, with a mix of passing and failing resources', async () => {
    const { section, assets } = build(generator, 120, 42);
    const estate: Estate = { accounts: [{ id: ACCOUNT, name: 'bench', regions: [REGION], global: {}, regional: { [REGION]: { [service]: section } } }] };
    const out = await collectFrom(estate, collector);
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(assets);
    const ctx = fixtureContext(out.assets);
    for (const rule of rules) {
      const statuses = out.assets.map((a) => runRule(rule, a, ctx).status);
      expect(statuses, rule.id).not.toContain('unknown');
      expect(statuses.filter((s) => s === 'fail').length, `${rule.id} fails somewhere`).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 'pass').length, `${rule.id} passes somewhere`).toBeGreaterThan(0);
    }
  });
});
