/** The demo estate's SNS fragment, scanned for real: each SNS rule fails on the mistake and passes on its twin. */
import { describe, expect, it } from 'vitest';
import { collectFrom } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/sns/topic-encrypted-at-rest.js';
import { rule as notPublic } from '../../../../rules/aws/sns/topic-policy-not-public.js';
import { loadDemoFragments } from '../cloudwatch/demo-fragments.js';
import { topicsCollector } from './topics.js';

async function verdicts(account: string) {
  const { assets } = await collectFrom(await loadDemoFragments(), topicsCollector, { account });
  const ctx = fixtureContext(assets);
  return (rule: typeof encrypted, name: string) => runRule(rule, assets.find((a) => a.name === name)!, ctx).status;
}

describe('demo estate: SNS', () => {
  it('prod: a public, unencrypted topic beside its correctly configured twins', async () => {
    const v = await verdicts('222222222222');
    expect(v(notPublic, 'prod-order-events')).toBe('fail');
    expect(v(encrypted, 'prod-order-events')).toBe('fail');
    expect(v(notPublic, 'prod-s3-uploads')).toBe('pass');
    expect(v(encrypted, 'prod-s3-uploads')).toBe('pass');
    expect(v(notPublic, 'prod-oncall')).toBe('pass');
  });

  it('management: an organization-wide publish grant is not public', async () => {
    const v = await verdicts('111111111111');
    expect(v(notPublic, 'org-events')).toBe('pass');
    expect(v(encrypted, 'org-events')).toBe('fail');
    expect(v(encrypted, 'security-alerts')).toBe('pass');
  });

  it('dev: denied attributes make the rules unknown, never pass', async () => {
    const v = await verdicts('333333333333');
    expect(v(encrypted, 'dev-builds')).toBe('unknown');
    expect(v(notPublic, 'dev-builds')).toBe('unknown');
    expect(v(encrypted, 'dev-test-topic')).toBe('fail');
  });
});
