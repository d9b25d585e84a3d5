/**
 * AWS KMS (awsJson1_1, signing name `kms`): ListKeys, DescribeKey, GetKeyRotationStatus, GetKeyPolicy.
 *
 * Estate section `regional[<region>].kms` ({@link KmsSection}): `keys` as {@link SimKey} (KeyMetadata plus
 * rotation, policy and aliases). KeyIds can be referenced by id, key ARN, alias name or alias ARN, as KMS
 * accepts. ListKeys pages with `Limit` (1..1000, default 100) and `NextMarker`/`Truncated`. Errors follow
 * the API reference: NotFoundException for unknown keys or policy names, UnsupportedOperationException
 * for rotation of keys that cannot rotate, KMSInvalidStateException for keys pending deletion.
 */
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { kmsGenerator } from './kms/generator.js';
import { awsManagedPolicy, defaultPolicy, keyArn, keyMetadata, type SimKey } from './kms/keys.js';

export type { SimKey } from './kms/keys.js';

export interface KmsSection {
  keys?: SimKey[];
}

const keysOf = (ctx: SimContext): SimKey[] => ctx.regional<KmsSection>('kms').keys ?? [];

/** Per-section lookup of every name a key answers to (id, key ARN, alias name, alias ARN), built once. */
const indexes = new WeakMap<SimKey[], Map<string, SimKey>>();

function index(ctx: SimContext, keys: SimKey[]): Map<string, SimKey> {
  let ix = indexes.get(keys);
  if (!ix) {
    ix = new Map();
    for (const k of keys) {
      ix.set(k.KeyId, k).set(keyArn(ctx.region, ctx.account.id, k.KeyId), k);
      for (const a of k.Aliases ?? []) {
        const name = a.startsWith('alias/') ? a : `alias/${a}`;
        ix.set(name, k).set(`arn:aws:kms:${ctx.region}:${ctx.account.id}:${name}`, k);
      }
    }
    indexes.set(keys, ix);
  }
  return ix;
}

/** Resolves a key id, key ARN, alias name or alias ARN as KMS does. */
function findKey(ctx: SimContext, ref: string | undefined): SimKey {
  const key = ref === undefined ? undefined : index(ctx, keysOf(ctx)).get(ref);
  if (!key) throw new SimError('NotFoundException', `Key '${ref ?? ''}' does not exist`, 400);
  return key;
}

export const service: SimService = {
  signingName: 'kms',
  sdk: '@aws-sdk/client-kms',
  operations: {
    ListKeys(input: { Limit?: number; Marker?: string }, ctx) {
      if (input.Limit !== undefined && (input.Limit < 1 || input.Limit > 1000))
        throw new SimError('ValidationException', `1 validation error detected: Value '${input.Limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 1000`, 400);
      const p = page(keysOf(ctx), input.Marker, input.Limit, 100);
      return { Keys: p.items.map((k) => ({ KeyId: k.KeyId, KeyArn: keyArn(ctx.region, ctx.account.id, k.KeyId) })), NextMarker: p.next, Truncated: p.next !== undefined };
    },

    DescribeKey(input: { KeyId?: string }, ctx) {
      return { KeyMetadata: keyMetadata(ctx.region, ctx.account.id, findKey(ctx, input.KeyId)) };
    },

    GetKeyRotationStatus(input: { KeyId?: string }, ctx) {
      const k = findKey(ctx, input.KeyId);
      const m = keyMetadata(ctx.region, ctx.account.id, k);
      if (m.KeyState === 'PendingDeletion' || m.KeyState === 'PendingReplicaDeletion') throw new SimError('KMSInvalidStateException', `${m.Arn} is pending deletion.`, 400);
      if (m.KeySpec !== 'SYMMETRIC_DEFAULT' || m.Origin !== 'AWS_KMS') throw new SimError('UnsupportedOperationException', `${m.Arn} origin is ${m.Origin} which is not valid for this operation.`, 400);
      // AWS managed keys always rotate (yearly); customer keys as configured.
      const enabled = m.KeyManager === 'AWS' ? true : (k.RotationEnabled ?? false);
      const period = k.RotationPeriodInDays ?? 365;
      const next = new Date(Date.parse('2026-11-29T00:00:00Z') + (period / 2) * 86_400_000);
      return { KeyId: m.Arn, KeyRotationEnabled: enabled, ...(enabled ? { RotationPeriodInDays: period, NextRotationDate: next } : {}) };
    },

    GetKeyPolicy(input: { KeyId?: string; PolicyName?: string }, ctx) {
      const k = findKey(ctx, input.KeyId);
      if ((input.PolicyName ?? 'default') !== 'default') throw new SimError('NotFoundException', `No such policy exists: ${input.PolicyName}`, 400);
      const m = keyMetadata(ctx.region, ctx.account.id, k);
      const policy = k.Policy ?? (m.KeyManager === 'AWS' ? awsManagedPolicy(ctx.account.id, ctx.region, (k.Aliases?.[0] ?? 'alias/aws/s3').split('/').pop()!) : defaultPolicy(ctx.account.id));
      return { Policy: typeof policy === 'string' ? policy : JSON.stringify(policy), PolicyName: 'default' };
    },
  },
};

export const generators: ResourceGenerator[] = [kmsGenerator];
