/** The demo estate's SQS fragment, scanned for real: each SQS rule fails on the mistake and passes on its twin. */
import { describe, expect, it } from 'vitest';
import { collectFrom } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/sqs/queue-encrypted-at-rest.js';
import { rule as notPublic } from '../../../../rules/aws/sqs/queue-policy-not-public.js';
import { loadDemoFragments } from '../cloudwatch/demo-fragments.js';
import { queuesCollector } from './queues.js';

async function verdicts(account: string) {
  const { assets } = await collectFrom(await loadDemoFragments(), queuesCollector, { account });
  const ctx = fixtureContext(assets);
  return (rule: typeof encrypted, name: string) => runRule(rule, assets.find((a) => a.name === name)!, ctx).status;
}

describe('demo estate: SQS', () => {
  it('prod: unencrypted and public queues beside their twins; a denied describe is unknown', async () => {
    const v = await verdicts('222222222222');
    expect(v(encrypted, 'prod-legacy-import')).toBe('fail');
    expect(v(encrypted, 'prod-orders')).toBe('pass');
    expect(v(encrypted, 'prod-payments.fifo')).toBe('pass');
    expect(v(notPublic, 'prod-public-intake')).toBe('fail');
    expect(v(notPublic, 'prod-order-events-consumer')).toBe('pass');
    expect(v(notPublic, 'prod-orders')).toBe('pass');
    expect(v(encrypted, 'prod-audit-export')).toBe('unknown');
    expect(v(notPublic, 'prod-audit-export')).toBe('unknown');
  });

  it('dev: a transport-only condition does not make "*" private', async () => {
    const v = await verdicts('333333333333');
    expect(v(notPublic, 'dev-scratch')).toBe('fail');
    expect(v(encrypted, 'dev-scratch')).toBe('fail');
    expect(v(encrypted, 'dev-jobs')).toBe('pass');
  });
});
