/**
 * AWS Secrets Manager (awsJson1_1; signing name `secretsmanager`): ListSecrets and GetResourcePolicy.
 *
 * Estate section `regional[<region>].secretsmanager` ({@link SecretsManagerSection}): secrets in the shape
 * ListSecrets returns them (SecretListEntry, only `Name` required; dates as Date or ISO strings). The
 * handler builds the ARN the way Secrets Manager does (name plus a dash and six random characters),
 * defaults CreatedDate / LastChangedDate and the AWSCURRENT version, and leaves RotationEnabled out
 * unless rotation is on, as the API does. Secrets with a DeletedDate (scheduled for deletion) are listed
 * only with IncludePlannedDeletion. ListSecrets pages with NextToken, 100 at most per page.
 */
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { matchesFilters, type SecretFilter } from './secretsmanager/filters.js';
import { secretsGenerator } from './secretsmanager/generator.js';

type DateLike = Date | string;

export interface SecretEntry extends Omit<SecretListEntry, 'ARN' | 'CreatedDate' | 'LastChangedDate' | 'LastAccessedDate' | 'LastRotatedDate' | 'DeletedDate' | 'NextRotationDate'> {
  Name: string;
  CreatedDate?: DateLike;
  LastChangedDate?: DateLike;
  LastAccessedDate?: DateLike;
  LastRotatedDate?: DateLike;
  DeletedDate?: DateLike;
  NextRotationDate?: DateLike;
  /** The resource policy: a document or its JSON text. Absent: none. */
  ResourcePolicy?: string | Record<string, unknown>;
}

export interface SecretsManagerSection {
  secrets?: SecretEntry[];
}

const MAX_RESULTS = 100;
const CREATED = '2024-01-10T09:00:00Z';
const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The six characters Secrets Manager appends to a secret's name in its ARN (stable per account/region/name). */
function suffix(s: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 6; round++) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    out += SUFFIX_CHARS[h % SUFFIX_CHARS.length];
  }
  return out;
}

export const secretArn = (ctx: SimContext, name: string) => `arn:aws:secretsmanager:${ctx.region}:${ctx.account.id}:secret:${name}-${suffix(`${ctx.account.id}/${ctx.region}/${name}`)}`;

const secretsOf = (ctx: SimContext) => ctx.regional<SecretsManagerSection>('secretsmanager').secrets ?? [];

function listEntry(ctx: SimContext, s: SecretEntry): SecretListEntry {
  const { ResourcePolicy: _policy, ...given } = s;
  return {
    ARN: secretArn(ctx, s.Name),
    CreatedDate: new Date(CREATED),
    LastChangedDate: new Date(s.CreatedDate ?? CREATED),
    SecretVersionsToStages: { [`${suffix(s.Name)}-0000-4000-8000-000000000000`]: ['AWSCURRENT'] },
    ...(given as SecretListEntry),
  };
}

/** SecretId is a name or an ARN (full, or without the random suffix). */
function findSecret(ctx: SimContext, id: string | undefined): SecretEntry {
  const s = secretsOf(ctx).find((x) => x.Name === id || secretArn(ctx, x.Name) === id || secretArn(ctx, x.Name).slice(0, -7) === id);
  if (!s) throw new SimError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400);
  return s;
}

export const service: SimService = {
  signingName: 'secretsmanager',
  sdk: '@aws-sdk/client-secrets-manager',
  operations: {
    ListSecrets(input: { MaxResults?: number; NextToken?: string; IncludePlannedDeletion?: boolean; Filters?: SecretFilter[]; SortOrder?: 'asc' | 'desc' }, ctx) {
      if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > MAX_RESULTS))
        throw new SimError('InvalidParameterException', 'Invalid MaxResults: must be between 1 and 100.', 400);
      let secrets = secretsOf(ctx).filter((s) => (input.IncludePlannedDeletion || !s.DeletedDate) && matchesFilters(s, input.Filters));
      if (input.SortOrder) {
        const sign = input.SortOrder === 'asc' ? 1 : -1;
        secrets = [...secrets].sort((a, b) => sign * (Date.parse(String(a.CreatedDate ?? CREATED)) - Date.parse(String(b.CreatedDate ?? CREATED))));
      }
      const p = page(secrets, input.NextToken, input.MaxResults, MAX_RESULTS);
      return { SecretList: p.items.map((s) => listEntry(ctx, s)), ...(p.next ? { NextToken: p.next } : {}) };
    },

    GetResourcePolicy(input: { SecretId?: string }, ctx) {
      const s = findSecret(ctx, input.SecretId);
      const policy = s.ResourcePolicy === undefined ? undefined : typeof s.ResourcePolicy === 'string' ? s.ResourcePolicy : JSON.stringify(s.ResourcePolicy);
      return { ARN: secretArn(ctx, s.Name), Name: s.Name, ...(policy ? { ResourcePolicy: policy } : {}) };
    },
  },
};

export const generators: ResourceGenerator[] = [secretsGenerator];
