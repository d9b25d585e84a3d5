/**
 * IAM: users, groups, roles, customer managed policies, the account password policy and server
 * certificates, in the shapes the live collectors store (GetAccountAuthorizationDetails entries with their
 * documents parsed, the credential report row, GetAccountPasswordPolicy, ListServerCertificates). Inline
 * policies, attachments, memberships and credentials written as separate resources are merged into the
 * principal they name (through references, or known names in the same module).
 */
import { X509Certificate } from 'node:crypto';
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { blocks, type MapContext } from '../../kit.js';
import { bool, builder, compact, displayName, iamArn, iamPath, idOr, list, nameOf, num, parsedPolicy, setAspect, str, tagList, tagsOf, type Index } from './support.js';

export const IAM_TYPES = [
  'aws_iam_user',
  'aws_iam_user_policy',
  'aws_iam_user_policy_attachment',
  'aws_iam_user_group_membership',
  'aws_iam_access_key',
  'aws_iam_user_login_profile',
  'aws_iam_virtual_mfa_device',
  'aws_iam_group',
  'aws_iam_group_policy',
  'aws_iam_group_policy_attachment',
  'aws_iam_group_membership',
  'aws_iam_role',
  'aws_iam_role_policy',
  'aws_iam_role_policy_attachment',
  'aws_iam_instance_profile',
  'aws_iam_policy',
  'aws_iam_policy_attachment',
  'aws_iam_account_password_policy',
  'aws_iam_server_certificate',
] as const;

/** ARN of a path-scoped IAM entity (`user`, `group`, `role`, `policy`, `instance-profile`, `server-certificate`). */
function entityArn(r: IacResource, kind: string, nameAttr = 'name'): string | undefined {
  const name = r.values[nameAttr];
  const path = iamPath(r.values.path);
  if (typeof name !== 'string' || isUnknown(path)) return undefined;
  return iamArn(r, `${kind}${path}${name}`);
}

export function registerIamIds(index: Index): void {
  index.idFor('aws_iam_user', (r) => idOr(r, entityArn(r, 'user')));
  index.idFor('aws_iam_group', (r) => idOr(r, entityArn(r, 'group')));
  index.idFor('aws_iam_role', (r) => idOr(r, entityArn(r, 'role')));
  index.idFor('aws_iam_policy', (r) => idOr(r, entityArn(r, 'policy')));
  index.idFor('aws_iam_instance_profile', (r) => idOr(r, entityArn(r, 'instance-profile')));
  index.idFor('aws_iam_server_certificate', (r) => idOr(r, entityArn(r, 'server-certificate')));
}

/** The name of an IAM entity a membership / attachment refers to (a known name, or the referenced resource's name). */
function entityName(index: Index, v: unknown, type: string, module: string): string | Unknown {
  if (typeof v === 'string') {
    // A full ARN names the entity by its last path segment.
    return v.startsWith('arn:') ? v.slice(v.lastIndexOf('/') + 1) : v;
  }
  if (isUnknown(v)) {
    const [target, ...more] = index.pointed(v, type, 'name', module);
    if (target && more.length === 0) return nameOf(target);
    return v;
  }
  return new Unknown(`no ${type} named`, []);
}

interface Attached {
  PolicyName: string;
  PolicyArn: string;
}

/** A managed policy attachment (`policy_arn`) as GetAccountAuthorizationDetails lists it. */
function attachedPolicy(index: Index, v: unknown, module: string): Attached | Unknown {
  if (typeof v === 'string') return { PolicyName: v.slice(v.lastIndexOf('/') + 1), PolicyArn: v };
  const [policy, ...more] = index.pointed(v, 'aws_iam_policy', 'name', module);
  if (policy && more.length === 0) {
    const name = nameOf(policy);
    return isUnknown(name) ? name : { PolicyName: name, PolicyArn: index.idOf(policy)! };
  }
  return isUnknown(v) ? v : new Unknown('policy_arn is not set', []);
}

/** An inline policy resource as `{PolicyName, PolicyDocument}` (document parsed). */
function inlinePolicy(r: IacResource): { PolicyName: string | Unknown; PolicyDocument: unknown } {
  const name = typeof r.values.name === 'string' || isUnknown(r.values.name) ? r.values.name : typeof r.values.name_prefix === 'string' ? new Unknown(`name generated from prefix ${r.values.name_prefix}`) : r.address;
  return { PolicyName: name as string | Unknown, PolicyDocument: parsedPolicy(r.values.policy, r, 'policy') };
}

/** Joins of secondary resources onto their principal, computed once per input. */
class Joins {
  /** By principal resource: its inline policy resources, attachments, groups, keys, login profiles, instance profiles. */
  readonly inline = new Map<IacResource, IacResource[]>();
  readonly attached = new Map<IacResource, Array<() => Attached | Unknown>>();
  readonly groups = new Map<IacResource, Array<() => string | Unknown>>();
  readonly keys = new Map<IacResource, IacResource[]>();
  readonly loginProfiles = new Map<IacResource, IacResource[]>();
  readonly instanceProfiles = new Map<IacResource, IacResource[]>();
  /** policy resource → the number of principals it is attached to (Unknown when a list is not known). */
  readonly attachments = new Map<IacResource, Array<number | Unknown>>();
  readonly boundaries = new Map<IacResource, number>();
  /** Attachments whose policy is not known before apply, by module: any policy there may be the one. */
  readonly danglingPolicy = new Map<string, IacResource[]>();
  /** Resources whose principal is not known before apply, by principal type, module and aspect. */
  readonly dangling = new Map<string, IacResource[]>();

  constructor(index: Index) {
    const one = <K>(m: Map<K, unknown[]>, k: K, v: unknown) => {
      const l = m.get(k);
      if (l) l.push(v);
      else m.set(k, [v]);
    };
    // `from` names the resource whose target is looked up: a target not known before apply (a variable)
    // could be any principal of the module, which then cannot be described without it.
    let from: IacResource | undefined;
    let part: 'details' | 'credentials' = 'details';
    const policiesOf = (r: IacResource, v: unknown) => {
      const found = index.pointed(v, 'aws_iam_policy', 'name', r.module);
      if (found.length === 0 && isUnknown(v) && !v.refs.some((ref) => /(^|\.)data\./.test(ref))) one(this.danglingPolicy, r.module, r);
      return found;
    };
    const principals = (v: unknown, type: string, module: string) => {
      const found = index.pointed(v, type, 'name', module);
      if (found.length === 0 && isUnknown(v) && from && !v.refs.some((ref) => /(^|\.)data\./.test(ref))) one(this.dangling, `${type}\u0000${module}\u0000${part}`, from);
      return found;
    };

    for (const [type, principalType] of [
      ['aws_iam_user_policy', 'aws_iam_user'],
      ['aws_iam_group_policy', 'aws_iam_group'],
      ['aws_iam_role_policy', 'aws_iam_role'],
    ] as const) {
      const attr = principalType.slice('aws_iam_'.length);
      for (const r of index.of(type)) for (const p of principals(r.values[attr], principalType, (from = r).module)) one(this.inline, p, r);
    }
    // The role's own managed_policy_arns first, then attachment resources, in configuration order.
    for (const role of index.of('aws_iam_role')) {
      const arns = list(role.values.managed_policy_arns);
      if (isUnknown(arns)) {
        one(this.attached, role, () => arns);
        continue;
      }
      for (const v of arns) {
        one(this.attached, role, () => attachedPolicy(index, v, role.module));
        for (const pol of policiesOf(role, v)) one(this.attachments, pol, 1);
      }
    }
    for (const [type, principalType] of [
      ['aws_iam_user_policy_attachment', 'aws_iam_user'],
      ['aws_iam_group_policy_attachment', 'aws_iam_group'],
      ['aws_iam_role_policy_attachment', 'aws_iam_role'],
    ] as const) {
      const attr = principalType.slice('aws_iam_'.length);
      for (const r of index.of(type)) {
        for (const p of principals(r.values[attr], principalType, (from = r).module)) one(this.attached, p, () => attachedPolicy(index, r.values.policy_arn, r.module));
        for (const pol of policiesOf(r, r.values.policy_arn)) one(this.attachments, pol, 1);
      }
    }
    for (const r of index.of('aws_iam_policy_attachment')) {
      from = r;
      let count: number | Unknown = 0;
      for (const [attr, principalType] of [
        ['users', 'aws_iam_user'],
        ['groups', 'aws_iam_group'],
        ['roles', 'aws_iam_role'],
      ] as const) {
        const l = list(r.values[attr]);
        if (isUnknown(l)) {
          count = l;
          const targets = index.refs(l, [principalType]);
          if (targets.length === 0) principals(l, principalType, r.module);
          for (const p of targets) one(this.attached, p, () => attachedPolicy(index, r.values.policy_arn, r.module));
          continue;
        }
        if (!isUnknown(count)) count += l.length;
        for (const v of l) for (const p of principals(v, principalType, r.module)) one(this.attached, p, () => attachedPolicy(index, r.values.policy_arn, r.module));
      }
      for (const pol of policiesOf(r, r.values.policy_arn)) one(this.attachments, pol, count);
    }
    for (const type of ['aws_iam_user', 'aws_iam_role']) {
      for (const r of index.of(type)) for (const pol of index.pointed(r.values.permissions_boundary, 'aws_iam_policy', 'name', r.module)) this.boundaries.set(pol, (this.boundaries.get(pol) ?? 0) + 1);
    }
    for (const r of index.of('aws_iam_user_group_membership')) {
      from = r;
      const groups = list(r.values.groups);
      for (const u of principals(r.values.user, 'aws_iam_user', r.module)) {
        if (isUnknown(groups)) one(this.groups, u, () => groups);
        else for (const g of groups) one(this.groups, u, () => entityName(index, g, 'aws_iam_group', r.module));
      }
    }
    for (const r of index.of('aws_iam_group_membership')) {
      from = r;
      const users = list(r.values.users);
      const group = () => entityName(index, r.values.group, 'aws_iam_group', r.module);
      const targets = isUnknown(users) ? principals(users, 'aws_iam_user', r.module) : users.flatMap((v) => principals(v, 'aws_iam_user', r.module));
      for (const u of targets) one(this.groups, u, group);
    }
    part = 'credentials';
    for (const r of index.of('aws_iam_access_key')) for (const u of principals(r.values.user, 'aws_iam_user', (from = r).module)) one(this.keys, u, r);
    for (const r of index.of('aws_iam_user_login_profile')) for (const u of principals(r.values.user, 'aws_iam_user', (from = r).module)) one(this.loginProfiles, u, r);
    from = undefined;
    for (const r of index.of('aws_iam_instance_profile')) for (const role of principals(r.values.role, 'aws_iam_role', r.module)) one(this.instanceProfiles, role, r);
  }

  list<T>(m: Map<IacResource, T[]>, r: IacResource): T[] {
    return m.get(r) ?? [];
  }

  /** Throws an Unknown when resources of the principal's module attach to a principal not known before apply. */
  checkDangling(r: IacResource, part: 'details' | 'credentials'): void {
    const d = this.dangling.get(`${r.type}\u0000${r.module}\u0000${part}`);
    if (d?.length) throw new Unknown(`${d.map((x) => x.address).join(', ')} name${d.length > 1 ? '' : 's'} a ${r.type} not known before apply`, d.map((x) => x.address));
  }
}

function boundary(index: Index, r: IacResource): { PermissionsBoundaryType: string; PermissionsBoundaryArn: string | Unknown } | undefined {
  const v = r.values.permissions_boundary;
  if (v === undefined || v === null || v === '') return undefined;
  const arn = index.ref(v);
  return arn === undefined ? undefined : { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn };
}

/** Known ARN fields only: an ARN not known before apply is left out rather than turning the aspect into a gap. */
function knownArn(index: Index, r: IacResource): { Arn?: string } {
  const id = index.idOf(r);
  return id?.startsWith('arn:') ? { Arn: id } : {};
}

function users(index: Index, joins: Joins, ctx: MapContext): Asset[] {
  return index.of('aws_iam_user').map((r) => {
    const name = nameOf(r);
    const tags = tagsOf(r);
    const b = builder(r, ctx, 'iam', { id: index.idOf(r)!, type: 'AWS::IAM::User', kind: 'identity.user', name: displayName(r, name), region: 'global', tags });
    setAspect(b, ctx, 'details', () => {
      joins.checkDangling(r, 'details');
      return compact({
        Path: iamPath(r.values.path),
        UserName: name,
        ...knownArn(index, r),
        UserPolicyList: joins.list(joins.inline, r).map(inlinePolicy),
        GroupList: [...new Set(joins.list(joins.groups, r).map((g) => g()))],
        AttachedManagedPolicies: joins.list(joins.attached, r).map((a) => a()),
        PermissionsBoundary: boundary(index, r),
        Tags: Object.keys(tags).length ? tagList(tags) : undefined,
      });
    });
    credentials(index, joins, r, b);
    return b.build();
  });
}

/**
 * The user's credential report row. Terraform decides whether the user has a console password (a login
 * profile) and access keys (and their status), but not when they were last used, how old keys created
 * before this configuration are, nor MFA (a virtual MFA device cannot be enabled for a user by the
 * provider). The rules on the row read those facts as soon as the user has a password or an active key,
 * so the row is known only for users with neither; otherwise the aspect is a `NotInConfiguration` gap
 * whose message says what the configuration does determine.
 */
function credentials(index: Index, joins: Joins, r: IacResource, b: ReturnType<typeof builder>): void {
  try {
    joins.checkDangling(r, 'credentials');
  } catch (e) {
    b.unknown('credentials', e as Unknown);
    return;
  }
  const profiles = joins.list(joins.loginProfiles, r);
  const keys = joins.list(joins.keys, r).map((k) => ({ k, active: bool(k.values.status === 'Inactive' ? false : k.values.status, true) }));
  const unknownKey = keys.find((k) => isUnknown(k.active));
  if (unknownKey) {
    b.unknown('credentials', unknownKey.active as Unknown);
    return;
  }
  const active = keys.filter((k) => k.active === true);
  if (profiles.length === 0 && active.length === 0) {
    const name = nameOf(r);
    const arn = index.idOf(r)!;
    b.aspect('credentials', () => ({
      user: name,
      ...(arn.startsWith('arn:') ? { arn } : {}),
      password_enabled: 'false',
      password_last_used: 'N/A',
      password_last_changed: 'N/A',
      password_next_rotation: 'N/A',
      // No MFA can be enabled through the provider; a user without password or key has none declared.
      mfa_active: 'false',
      ...keySlots(keys.length),
      cert_1_active: 'false',
      cert_2_active: 'false',
    }));
    return;
  }
  const facts = [
    profiles.length ? `console password (${profiles.map((p) => p.address).join(', ')})` : 'no console password',
    `${active.length} active access key(s)${active.length ? ` (${active.map((k) => k.k.address).join(', ')})` : ''}`,
    'MFA not declared (the provider cannot enable MFA devices)',
  ];
  b.setGap(
    'credentials',
    'NotInConfiguration',
    `${r.address}: the credential report facts (password and key last use, key age, MFA) are not in the configuration; it declares ${facts.join(', ')} at ${r.file}:${r.line}`,
  );
}

/** Report columns of two key slots holding `inactive` inactive keys (dates unknown, so left as markers). */
function keySlots(inactive: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const slot of [1, 2]) {
    out[`access_key_${slot}_active`] = 'false';
    // An inactive key's creation date is not known: the slot is reported without it (rules skip inactive keys).
    out[`access_key_${slot}_last_rotated`] = slot <= inactive ? 'not_known_before_apply' : 'N/A';
    out[`access_key_${slot}_last_used_date`] = 'N/A';
    out[`access_key_${slot}_last_used_region`] = 'N/A';
    out[`access_key_${slot}_last_used_service`] = 'N/A';
  }
  return out;
}

function groups(index: Index, joins: Joins, ctx: MapContext): Asset[] {
  return index.of('aws_iam_group').map((r) => {
    const name = nameOf(r);
    const b = builder(r, ctx, 'iam', { id: index.idOf(r)!, type: 'AWS::IAM::Group', kind: 'identity.group', name: displayName(r, name), region: 'global' });
    setAspect(b, ctx, 'details', () => {
      joins.checkDangling(r, 'details');
      return compact({
        Path: iamPath(r.values.path),
        GroupName: name,
        ...knownArn(index, r),
        GroupPolicyList: joins.list(joins.inline, r).map(inlinePolicy),
        AttachedManagedPolicies: joins.list(joins.attached, r).map((a) => a()),
      });
    });
    return b.build();
  });
}

function roles(index: Index, joins: Joins, ctx: MapContext): Asset[] {
  return index.of('aws_iam_role').map((r) => {
    const name = nameOf(r);
    const tags = tagsOf(r);
    const b = builder(r, ctx, 'iam', { id: index.idOf(r)!, type: 'AWS::IAM::Role', kind: 'identity.role', name: displayName(r, name), region: 'global', tags });
    setAspect(b, ctx, 'details', () => {
      joins.checkDangling(r, 'details');
      // `inline_policy` blocks without a name or policy are how the provider says "no inline policies".
      const declared = blocks(r.values.inline_policy)
        .filter((p) => p.name !== undefined && p.name !== '' && p.policy !== undefined && p.policy !== '')
        .map((p) => ({ PolicyName: p.name as string | Unknown, PolicyDocument: parsedPolicy(p.policy, r, 'inline_policy') }));
      return compact({
        Path: iamPath(r.values.path),
        RoleName: name,
        ...knownArn(index, r),
        AssumeRolePolicyDocument: parsedPolicy(r.values.assume_role_policy, r, 'assume_role_policy'),
        InstanceProfileList: joins.list(joins.instanceProfiles, r).map((p) => compact({ Path: iamPath(p.values.path), InstanceProfileName: nameOf(p), ...knownArn(index, p), Roles: [] })),
        RolePolicyList: [...declared, ...joins.list(joins.inline, r).map(inlinePolicy)],
        AttachedManagedPolicies: joins.list(joins.attached, r).map((a) => a()),
        PermissionsBoundary: boundary(index, r),
        Tags: Object.keys(tags).length ? tagList(tags) : undefined,
      });
    });
    return b.build();
  });
}

function policies(index: Index, joins: Joins, ctx: MapContext): Asset[] {
  return index.of('aws_iam_policy').map((r) => {
    const name = nameOf(r);
    const b = builder(r, ctx, 'iam', { id: index.idOf(r)!, type: 'AWS::IAM::Policy', kind: 'identity.policy', name: displayName(r, name), region: 'global' });
    setAspect(b, ctx, 'policy', () => {
      const counts = joins.list(joins.attachments, r);
      const dangling = joins.danglingPolicy.get(r.module);
      const unknownCount = counts.find(isUnknown) ?? (dangling ? new Unknown(`${dangling.map((d) => d.address).join(', ')} attach a policy not known before apply`, dangling.map((d) => d.address)) : undefined);
      return compact({
        PolicyName: name,
        ...knownArn(index, r),
        Path: iamPath(r.values.path),
        Description: str(r.values.description),
        IsAttachable: true,
        AttachmentCount: unknownCount ?? counts.reduce<number>((n, c) => n + (c as number), 0),
        PermissionsBoundaryUsageCount: joins.boundaries.get(r) ?? 0,
        // Only the default version is kept, as the live collector does; its id is not known before apply.
        PolicyVersionList: [{ Document: parsedPolicy(r.values.policy, r, 'policy'), IsDefaultVersion: true }],
      });
    });
    return b.build();
  });
}

/** The password policy as GetAccountPasswordPolicy returns it, with the provider's and IAM's defaults. */
function passwordPolicies(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_iam_account_password_policy').map((r) => {
    const arn = iamArn(r, 'password-policy');
    const b = builder(r, ctx, 'iam', { id: idOr(r, arn), type: 'AWS::IAM::PasswordPolicy', kind: 'account.setting', name: 'password-policy', region: 'global' });
    const v = r.values;
    b.aspect('policy', () => {
      const maxAge = num(v.max_password_age, 0);
      const reuse = num(v.password_reuse_prevention, undefined);
      return {
        PasswordPolicy: compact({
          MinimumPasswordLength: num(v.minimum_password_length, 6),
          RequireSymbols: bool(v.require_symbols, false),
          RequireNumbers: bool(v.require_numbers, false),
          RequireUppercaseCharacters: bool(v.require_uppercase_characters, false),
          RequireLowercaseCharacters: bool(v.require_lowercase_characters, false),
          AllowUsersToChangePassword: bool(v.allow_users_to_change_password, true),
          ExpirePasswords: isUnknown(maxAge) ? maxAge : (maxAge ?? 0) > 0,
          MaxPasswordAge: isUnknown(maxAge) || (maxAge ?? 0) > 0 ? maxAge : undefined,
          PasswordReusePrevention: isUnknown(reuse) || (reuse ?? 0) > 0 ? reuse : undefined,
          HardExpiry: bool(v.hard_expiry, false),
        }),
      };
    });
    return b.build();
  });
}

/** Server certificates: the metadata ListServerCertificates returns, Expiration read from the certificate body. */
function serverCertificates(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_iam_server_certificate').map((r) => {
    const name = nameOf(r);
    const b = builder(r, ctx, 'iam', { id: index.idOf(r)!, type: 'AWS::IAM::ServerCertificate', kind: 'crypto.certificate', name: displayName(r, name), region: 'global' });
    const body = r.values.certificate_body;
    let expiration: Date | Unknown;
    if (typeof body === 'string') {
      try {
        expiration = new Date(new X509Certificate(body).validTo);
      } catch (e) {
        const line = r.lines?.certificate_body ?? r.line;
        const message = `${r.address}: certificate_body is not a PEM certificate (${(e as Error).message}) at ${r.file}:${line}`;
        b.setGap('metadata', 'MalformedCertificate', message);
        ctx.diag({ severity: 'warning', file: r.file, line, code: 'MalformedCertificate', message });
        return b.build();
      }
    } else expiration = isUnknown(body) ? body : new Unknown('certificate_body is not set', []);
    b.aspect('metadata', () => compact({ Path: iamPath(r.values.path), ServerCertificateName: name, ...knownArn(index, r), Expiration: expiration }));
    return b.build();
  });
}

export function mapIam(index: Index, ctx: MapContext): Asset[] {
  const joins = new Joins(index);
  return [...users(index, joins, ctx), ...groups(index, joins, ctx), ...roles(index, joins, ctx), ...policies(index, joins, ctx), ...passwordPolicies(index, ctx), ...serverCertificates(index, ctx)];
}
