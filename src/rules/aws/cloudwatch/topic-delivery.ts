/**
 * Step 5 of the CIS monitoring path: the alarm's SNS topic has at least one confirmed subscription, so
 * the alarm reaches someone. Pending ("PendingConfirmation") and deleted subscriptions do not count.
 */
import type { RuleContext } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { aspectOf, at, blocked, broken, lookup, ok, STEP, type Outcome } from './outcome.js';

export const TOPIC_TYPE = 'AWS::SNS::Topic';

interface Subscription {
  SubscriptionArn?: string;
  Protocol?: string;
  Endpoint?: string;
}

/** `account` is the account judged; topics in other accounts may not be in the scan. */
export function notifyingTopic(ctx: RuleContext, account: string, topicArn: string, evidence: Evidence[]): Outcome {
  const [, , , region = '', topicAccount = ''] = topicArn.split(':');
  const listing = lookup(ctx, TOPIC_TYPE, { account: topicAccount, region });
  const topic = listing.assets.find((a) => a.id === topicArn);
  if (!topic) {
    if (listing.incomplete) return blocked(STEP.topic, listing.incomplete, evidence);
    // Another account's topics are only known absent when that account's SNS topics were collected.
    const scanned = topicAccount === account || lookup(ctx, TOPIC_TYPE, { account: topicAccount }).assets.length > 0;
    if (!scanned) return blocked(STEP.topic, `alarm notifies topic ${topicArn} in account ${topicAccount}, which is not in this scan`, evidence);
    return broken(STEP.topic, `alarm notifies topic ${topicArn}, which does not exist`, evidence);
  }
  const subs = aspectOf<{ Subscriptions?: Subscription[] } | null>(topic, 'subscriptions');
  if (!subs.ok) return blocked(STEP.topic, subs.reason, evidence);
  const all = subs.value?.Subscriptions ?? [];
  const confirmed = all.filter((s) => s.SubscriptionArn?.startsWith('arn:'));
  const ev: Evidence = {
    path: at(topic, 'config.subscriptions.Subscriptions'),
    observed: all.map((s) => `${s.Protocol ?? '?'}:${s.SubscriptionArn ?? '?'}`),
    expected: 'at least one confirmed subscription',
  };
  if (confirmed.length === 0) {
    const pending = all.length > 0 ? ` (${all.length} pending or deleted)` : '';
    return broken(STEP.topic, `topic ${topic.name} has no confirmed subscription${pending}`, [...evidence, ev]);
  }
  return ok(`monitored: alarm notifies topic ${topic.name} with ${confirmed.length} confirmed subscription(s)`, [...evidence, ev]);
}
