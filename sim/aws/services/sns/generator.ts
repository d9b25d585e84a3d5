/**
 * Benchmark SNS topics for one account and region: event fan-out and alerting topics with one to three
 * subscriptions. About a third are not KMS-encrypted, a few have a public publish statement, and some
 * alert topics only have a pending e-mail subscription.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName, uuid } from '../logs/random.js';
import type { SnsSection, SnsSubscription } from '../sns.js';

const PROTOCOLS = ['sqs', 'lambda', 'email', 'https'] as const;

export const snsGenerator: ResourceGenerator = {
  service: 'sns',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const topics: NonNullable<SnsSection['topics']> = [];
    for (let i = 0; i < n; i++) {
      const name = `${resourceName(rng, i)}${chance(rng, 0.05) ? '.fifo' : ''}`;
      const arn = `arn:aws:sns:${region}:${accountId}:${name}`;
      const Subscriptions: SnsSubscription[] = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, j) => {
        const protocol = pick(rng, PROTOCOLS);
        const endpoint =
          protocol === 'sqs' ? `arn:aws:sqs:${region}:${accountId}:${name.replace('.fifo', '')}-consumer-${j}`
          : protocol === 'lambda' ? `arn:aws:lambda:${region}:${accountId}:function:${name.replace('.fifo', '')}-handler-${j}`
          : protocol === 'email' ? `oncall+${i}@example.com`
          : `https://hooks.example.com/sns/${uuid(rng)}`;
        return { Protocol: protocol, Endpoint: endpoint, Status: protocol === 'email' && chance(rng, 0.3) ? 'pending' : 'confirmed' };
      });
      const Attributes: Record<string, string | object> = {};
      if (!chance(rng, 0.35)) Attributes.KmsMasterKeyId = chance(rng, 0.5) ? 'alias/aws/sns' : `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}`;
      if (chance(rng, 0.04)) {
        Attributes.Policy = { Version: '2012-10-17', Statement: [{ Sid: 'AllowAnyonePublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: arn }] };
      }
      topics.push({ Name: name, Attributes, Subscriptions });
    }
    return { section: { topics } satisfies SnsSection, assets: topics.length };
  },
};
