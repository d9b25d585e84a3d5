/**
 * STS (awsQuery, signing name `sts`): GetCallerIdentity and AssumeRole. Owned by the engine: assumed-role
 * sessions mint temporary credentials the engine then maps to the target account and role.
 *
 * AssumeRole succeeds when the target account is in the estate and the role is either listed in that
 * account's `global.iam.roles[]` (`RoleName`, optional `ExternalId` the caller must pass) or is the
 * organization's `memberRoleName` (default `OrganizationAccountAccessRole`) in a member account.
 */
import { engineContext } from '../context.js';
import type { ResourceGenerator } from '../generator.js';
import { SimError, type SimService } from '../service.js';

const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(.+)$/;

interface RoleEntry {
  RoleName?: string;
  ExternalId?: string;
}

function rolesOf(iam: any): RoleEntry[] {
  const r = iam?.roles ?? iam?.Roles;
  return Array.isArray(r) ? (r as RoleEntry[]) : [];
}

export const service: SimService = {
  signingName: 'sts',
  sdk: '@aws-sdk/client-sts',
  operations: {
    GetCallerIdentity(_input, ctx) {
      const p = engineContext(ctx).principal;
      return { UserId: p.userId, Account: ctx.account.id, Arn: p.arn };
    },

    AssumeRole(input: { RoleArn?: string; RoleSessionName?: string; DurationSeconds?: number; ExternalId?: string }, ctx) {
      const c = engineContext(ctx);
      const roleArn = input.RoleArn ?? '';
      const session = input.RoleSessionName ?? '';
      if (!/^[\w+=,.@-]{2,64}$/.test(session)) throw new SimError('ValidationError', `1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint`, 400);
      const duration = input.DurationSeconds ?? 3600;
      if (duration < 900 || duration > 43200) throw new SimError('ValidationError', `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`, 400);
      const denied = () => new SimError('AccessDenied', `User: ${c.principal.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`, 403);
      const m = ROLE_ARN.exec(roleArn);
      if (!m) throw new SimError('ValidationError', `${roleArn} is not a valid role ARN`, 400);
      const target = c.credentials.accounts.get(m[1]!);
      if (!target) throw denied();
      const roleName = m[2]!.slice(m[2]!.lastIndexOf('/') + 1);
      const entry = rolesOf(target.global?.iam).find((r) => r.RoleName === roleName);
      const o = ctx.estate.organization;
      const memberRole = o ? (o.memberRoleName ?? 'OrganizationAccountAccessRole') : undefined;
      if (!entry && !(memberRole === roleName && target.id !== o?.managementAccountId)) throw denied();
      if (entry?.ExternalId !== undefined && entry.ExternalId !== input.ExternalId) throw denied();
      const p = c.credentials.mint(target, roleArn, session, duration);
      return {
        Credentials: { AccessKeyId: p.accessKeyId, SecretAccessKey: p.secretAccessKey, SessionToken: p.sessionToken, Expiration: new Date(p.expiration!) },
        AssumedRoleUser: { AssumedRoleId: p.userId, Arn: p.arn },
        PackedPolicySize: 0,
      };
    },
  },
};

export const generators: ResourceGenerator[] = [];
