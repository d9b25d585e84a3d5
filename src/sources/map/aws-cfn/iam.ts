/**
 * IAM users, roles, groups and customer managed policies → the assets the IAM collectors build from
 * GetAccountAuthorizationDetails (`details`: UserDetail / RoleDetail / GroupDetail with documents parsed;
 * `policy`: ManagedPolicyDetail) and, for users, the credential report row (`credentials`). Inline policies
 * come from the principal's `Policies` and from AWS::IAM::Policy / UserPolicy / RolePolicy / GroupPolicy;
 * attachments from `ManagedPolicyArns` and from AWS::IAM::ManagedPolicy's Users / Groups / Roles.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { knownString, tagMap } from '../kit.js';
import { assetIdOf, builder, compact, isObj, known, list, nameOf, policyDocument, tagList, where, type Template } from './support.js';

type Principal = 'User' | 'Role' | 'Group';
const TYPE: Record<Principal, string> = { User: 'AWS::IAM::User', Role: 'AWS::IAM::Role', Group: 'AWS::IAM::Group' };
const NAME_PROP: Record<Principal, string> = { User: 'UserName', Role: 'RoleName', Group: 'GroupName' };

const arnOr = (id: string) => (id.startsWith('arn:') ? id : undefined);

/** Inline policies of one principal, as `{PolicyName, PolicyDocument}` with the document parsed. */
function inlinePolicies(r: IacResource, t: Template, kind: Principal): Array<Record<string, unknown>> {
  const own = list(r.values.Policies).map((p) => (isObj(p) ? { PolicyName: p.PolicyName, PolicyDocument: policyDocument(p.PolicyDocument) } : p)) as Array<Record<string, unknown>>;
  const shared = t.referrers(r, 'AWS::IAM::Policy', `${kind}s`, NAME_PROP[kind]).map((p) => ({ PolicyName: p.values.PolicyName, PolicyDocument: policyDocument(p.values.PolicyDocument) }));
  const single = t
    .parts(r, `AWS::IAM::${kind}Policy`, NAME_PROP[kind], NAME_PROP[kind])
    .map((p) => ({ PolicyName: p.values.PolicyName, PolicyDocument: policyDocument(p.values.PolicyDocument) }));
  return [...own, ...shared, ...single];
}

/** Managed policies attached to one principal: its ManagedPolicyArns and the ManagedPolicy resources naming it. */
function attachedPolicies(r: IacResource, t: Template, kind: Principal): unknown[] {
  const out: unknown[] = [];
  const seen = new Set<string>();
  const add = (arn: unknown) => {
    if (typeof arn === 'string') {
      if (seen.has(arn)) return;
      seen.add(arn);
      out.push({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1).replace(/^.*#/, ''), PolicyArn: arn });
    } else {
      // A policy of the template whose ARN is assigned at deploy: its asset id names it.
      const declared = isUnknown(arn) && arn.refs.length === 1 ? t.byId.get(arn.refs[0]!) : undefined;
      if (declared?.type === 'AWS::IAM::ManagedPolicy') add(assetIdOf(declared));
      else out.push(arn); // Unknown → the details aspect is a gap: an unknown attachment may grant anything
    }
  };
  list(r.values.ManagedPolicyArns).forEach(add);
  for (const p of t.referrers(r, 'AWS::IAM::ManagedPolicy', `${kind}s`, NAME_PROP[kind])) add(assetIdOf(p));
  return out;
}

function permissionsBoundary(v: unknown): unknown {
  return v === undefined ? undefined : { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: v };
}

function principalBase(r: IacResource, kind: Principal) {
  const name = nameOf(r);
  const id = assetIdOf(r);
  return { name: name ?? r.name, id, detail: compact({ [`${kind}Name`]: name ?? r.name, Path: known(knownString(r.values.Path)) ?? '/', Arn: arnOr(id) }) };
}

export function mapUser(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const { name, id, detail } = principalBase(r, 'User');
  const b = builder(r, t, { id, type: 'AWS::IAM::User', kind: 'identity.user', name, region: 'global', tags: tagMap(v.Tags) }, 'iam');
  const additions = t.referrers(r, 'AWS::IAM::UserToGroupAddition', 'Users', 'UserName').map((a) => a.values.GroupName);
  b.aspect('details', () =>
    compact({
      ...detail,
      UserPolicyList: inlinePolicies(r, t, 'User'),
      AttachedManagedPolicies: attachedPolicies(r, t, 'User'),
      GroupList: [...list(v.Groups), ...additions],
      PermissionsBoundary: permissionsBoundary(v.PermissionsBoundary),
      Tags: tagList(v.Tags),
    }),
  );
  const keys = t.parts(r, 'AWS::IAM::AccessKey', 'UserName', 'UserName');
  b.aspect('credentials', () => {
    if (keys.length) return new Unknown(`the user has ${keys.length} access key(s) whose creation time is known only after deploy`);
    const row: Record<string, string> = {
      user: name,
      arn: arnOr(id) ?? id,
      password_enabled: v.LoginProfile !== undefined ? 'true' : 'false',
      password_last_used: 'N/A',
      mfa_active: 'false',
      access_key_1_active: 'false',
      access_key_1_last_rotated: 'N/A',
      access_key_1_last_used_date: 'N/A',
      access_key_2_active: 'false',
      access_key_2_last_rotated: 'N/A',
      access_key_2_last_used_date: 'N/A',
      cert_1_active: 'false',
      cert_2_active: 'false',
    };
    return row;
  });
  return [b.build()];
}

export function mapRole(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const { name, id, detail } = principalBase(r, 'Role');
  const b = builder(r, t, { id, type: 'AWS::IAM::Role', kind: 'identity.role', name, region: 'global', tags: tagMap(v.Tags) }, 'iam');
  const w = where(r);
  const profiles = t.referrers(r, 'AWS::IAM::InstanceProfile', 'Roles', 'RoleName').map((p) => {
    const pname = knownString(p.values.InstanceProfileName);
    const path = knownString(p.values.Path) ?? '/';
    return compact({ InstanceProfileName: pname ?? p.name, Path: path, Arn: pname && w.account ? `arn:${w.partition}:iam::${w.account}:instance-profile${path}${pname}` : undefined });
  });
  b.aspect('details', () =>
    compact({
      ...detail,
      AssumeRolePolicyDocument: policyDocument(v.AssumeRolePolicyDocument),
      RolePolicyList: inlinePolicies(r, t, 'Role'),
      AttachedManagedPolicies: attachedPolicies(r, t, 'Role'),
      InstanceProfileList: profiles,
      PermissionsBoundary: permissionsBoundary(v.PermissionsBoundary),
      RoleLastUsed: {},
      Tags: tagList(v.Tags),
    }),
  );
  return [b.build()];
}

export function mapGroup(r: IacResource, t: Template): Asset[] {
  const { name, id, detail } = principalBase(r, 'Group');
  const b = builder(r, t, { id, type: 'AWS::IAM::Group', kind: 'identity.group', name, region: 'global', tags: {} }, 'iam');
  b.aspect('details', () => ({ ...detail, GroupPolicyList: inlinePolicies(r, t, 'Group'), AttachedManagedPolicies: attachedPolicies(r, t, 'Group') }));
  return [b.build()];
}

/** AWS::IAM::ManagedPolicy → the live `AWS::IAM::Policy` asset (a customer managed policy). */
export function mapManagedPolicy(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const name = nameOf(r);
  const id = assetIdOf(r);
  const b = builder(r, t, { id, type: 'AWS::IAM::Policy', kind: 'identity.policy', name: name ?? r.name, region: 'global', tags: {} }, 'iam');
  const direct = ['Users', 'Groups', 'Roles'].reduce((n, k) => n + list(v[k]).length, 0);
  const byArn = (['User', 'Role', 'Group'] as Principal[]).reduce((n, kind) => n + t.parts(r, TYPE[kind], 'ManagedPolicyArns', 'ManagedPolicyName').length, 0);
  b.aspect('policy', () =>
    compact({
      PolicyName: name ?? r.name,
      Arn: arnOr(id),
      Path: known(knownString(v.Path)) ?? '/',
      Description: known(knownString(v.Description)),
      DefaultVersionId: 'v1',
      AttachmentCount: direct + byArn,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      PolicyVersionList: [{ Document: policyDocument(v.PolicyDocument), VersionId: 'v1', IsDefaultVersion: true }],
    }),
  );
  return [b.build()];
}
