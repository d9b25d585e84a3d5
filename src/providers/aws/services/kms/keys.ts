import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand, type KeyListEntry, type KeyMetadata } from '@aws-sdk/client-kms';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { withoutMetadata } from '../ec2/support/arn.js';
import { mapInOrder } from '../../map-in-order.js';

/** Keys hydrated at once: each needs two dependent round trips, the shared limiter paces the rate. */
const IN_FLIGHT = 8;

/**
 * KMS keys from ListKeys (1000 per page), each described with DescribeKey (`metadata`). Then, at once:
 * GetKeyPolicy (`policy`) for customer managed keys (AWS managed key policies are AWS's), and
 * GetKeyRotationStatus (`rotation`) only where rotation is a customer choice: customer managed,
 * symmetric, KMS-generated material, enabled. AWS rotates its managed keys itself, and the call fails on
 * keys pending deletion (KMSInvalidStateException) or that cannot rotate (UnsupportedOperationException).
 */
export const keysCollector: AwsCollector = {
  id: 'aws.kms.keys',
  service: 'kms',
  scope: 'regional',
  types: ['AWS::KMS::Key'],
  permissions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus'],
  async *collect(ctx) {
    const client = ctx.client(KMSClient);
    async function* listed(): AsyncIterable<KeyListEntry> {
      for await (const page of ctx.pages(
        'ListKeys',
        (Marker) => client.send(new ListKeysCommand({ Limit: 1000, Marker })),
        (p) => (p.Truncated ? p.NextMarker : undefined),
      )) {
        for (const k of page.Keys ?? []) if (k.KeyId && k.KeyArn) yield k;
        ctx.progress(page.Keys?.length ?? 0);
      }
    }
    for await (const asset of mapInOrder(listed(), IN_FLIGHT, (k) => hydrate(ctx, client, k))) if (asset) yield asset;
  },
};

/** Whether the customer decides on rotation for this key (what GetKeyRotationStatus is worth asking). */
export function rotationIsCustomerChoice(m: KeyMetadata): boolean {
  return m.KeyManager === 'CUSTOMER' && m.KeySpec === 'SYMMETRIC_DEFAULT' && m.Origin === 'AWS_KMS' && m.KeyState === 'Enabled';
}

async function hydrate(ctx: AwsCollectContext, client: KMSClient, k: KeyListEntry): Promise<Asset | null> {
  const KeyId = k.KeyId!;
  const described = await ctx.call('DescribeKey', () => client.send(new DescribeKeyCommand({ KeyId })), { resource: KeyId, absentOn: ['NotFoundException'] });
  // Deleted between ListKeys and DescribeKey: nothing left to assess.
  if (described.ok && !described.value?.KeyMetadata) return null;
  const asset = ctx.asset({ id: k.KeyArn!, type: 'AWS::KMS::Key', kind: 'crypto.key', name: KeyId });
  ctx.aspect(asset, 'metadata', described, (r) => r?.KeyMetadata ?? null);
  const m = described.ok ? described.value?.KeyMetadata : undefined;
  if (!m) return asset; // DescribeKey failed: without the key type, nothing else can be judged
  await Promise.all([
    m.KeyManager === 'CUSTOMER' &&
      ctx.call('GetKeyPolicy', () => client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' })), { resource: KeyId }).then((r) => ctx.aspect(asset, 'policy', r, withoutMetadata)),
    rotationIsCustomerChoice(m) &&
      ctx.call('GetKeyRotationStatus', () => client.send(new GetKeyRotationStatusCommand({ KeyId })), { resource: KeyId }).then((r) => ctx.aspect(asset, 'rotation', r, withoutMetadata)),
  ]);
  return asset;
}
