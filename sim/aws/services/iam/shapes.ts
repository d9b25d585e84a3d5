/** Estate entities in the IAM API's output shapes (User, UserDetail, RoleDetail, ManagedPolicyDetail ...). */
import { attachedPolicy, createdOf, date, encodeDocument, iamId, pathOf, type ResolvedIam } from './model.js';
import type { IamGroup, IamManagedPolicy, IamRole, IamUser, InlinePolicy } from './section.js';

const DEFAULT_TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };

const inline = (list: InlinePolicy[] | undefined) => (list ?? []).map((p) => ({ PolicyName: p.PolicyName, PolicyDocument: encodeDocument(p.PolicyDocument) }));

function boundary(iam: ResolvedIam, arn: string | undefined) {
  return arn ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: iam.attachmentArn(arn) } } : {};
}

export function userShape(iam: ResolvedIam, u: IamUser) {
  const lastUsed = date(u.PasswordLastUsed);
  return {
    Path: pathOf(u.Path),
    UserName: u.UserName,
    UserId: u.UserId ?? iamId('AIDA', iam.account, u.UserName),
    Arn: iam.userArn(u),
    CreateDate: createdOf(u),
    ...(lastUsed ? { PasswordLastUsed: lastUsed } : {}),
    ...boundary(iam, u.PermissionsBoundary),
    ...(u.Tags?.length ? { Tags: u.Tags } : {}),
  };
}

export function userDetail(iam: ResolvedIam, u: IamUser) {
  const { PasswordLastUsed: _unused, ...base } = userShape(iam, u);
  return {
    ...base,
    UserPolicyList: inline(u.UserPolicyList),
    GroupList: u.Groups ?? [],
    AttachedManagedPolicies: (u.AttachedManagedPolicies ?? []).map((a) => attachedPolicy(iam, a)),
  };
}

export function groupShape(iam: ResolvedIam, g: IamGroup) {
  return { Path: pathOf(g.Path), GroupName: g.GroupName, GroupId: g.GroupId ?? iamId('AGPA', iam.account, g.GroupName), Arn: iam.groupArn(g), CreateDate: createdOf(g) };
}

export function groupDetail(iam: ResolvedIam, g: IamGroup) {
  return { ...groupShape(iam, g), GroupPolicyList: inline(g.GroupPolicyList), AttachedManagedPolicies: (g.AttachedManagedPolicies ?? []).map((a) => attachedPolicy(iam, a)) };
}

function roleLastUsed(r: IamRole) {
  const d = date(r.RoleLastUsed?.LastUsedDate);
  return d ? { LastUsedDate: d, ...(r.RoleLastUsed?.Region ? { Region: r.RoleLastUsed.Region } : {}) } : {};
}

export function roleShape(iam: ResolvedIam, r: IamRole) {
  return {
    Path: pathOf(r.Path),
    RoleName: r.RoleName,
    RoleId: r.RoleId ?? iamId('AROA', iam.account, r.RoleName),
    Arn: iam.roleArn(r),
    CreateDate: createdOf(r),
    AssumeRolePolicyDocument: encodeDocument(r.AssumeRolePolicyDocument ?? DEFAULT_TRUST),
    ...(r.Description ? { Description: r.Description } : {}),
    MaxSessionDuration: r.MaxSessionDuration ?? 3600,
    ...boundary(iam, r.PermissionsBoundary),
    ...(r.Tags?.length ? { Tags: r.Tags } : {}),
    RoleLastUsed: roleLastUsed(r),
  };
}

export function roleDetail(iam: ResolvedIam, r: IamRole) {
  const { Description: _d, MaxSessionDuration: _m, ...base } = roleShape(iam, r);
  return {
    ...base,
    InstanceProfileList: [],
    RolePolicyList: inline(r.RolePolicyList),
    AttachedManagedPolicies: (r.AttachedManagedPolicies ?? []).map((a) => attachedPolicy(iam, a)),
    Tags: r.Tags ?? [],
  };
}

/** Versions of a customer managed policy, the default one marked. */
export function versionsOf(p: IamManagedPolicy) {
  const list = p.PolicyVersionList ?? (p.Document !== undefined ? [{ VersionId: 'v1', Document: p.Document, CreateDate: p.CreateDate }] : []);
  const defaultId = p.DefaultVersionId ?? list.find((v) => 'IsDefaultVersion' in v && v.IsDefaultVersion)?.VersionId ?? list[list.length - 1]?.VersionId ?? 'v1';
  return { defaultId, versions: list.map((v) => ({ Document: encodeDocument(v.Document), VersionId: v.VersionId, IsDefaultVersion: v.VersionId === defaultId, CreateDate: date(v.CreateDate) ?? createdOf(p) })) };
}

export function policyShape(iam: ResolvedIam, p: IamManagedPolicy) {
  const arn = iam.policyArn(p);
  return {
    PolicyName: p.PolicyName,
    PolicyId: p.PolicyId ?? iamId('ANPA', iam.account, p.PolicyName),
    Arn: arn,
    Path: pathOf(p.Path),
    DefaultVersionId: versionsOf(p).defaultId,
    AttachmentCount: iam.attachmentCount(arn),
    PermissionsBoundaryUsageCount: iam.boundaryCount(arn),
    IsAttachable: true,
    ...(p.Description ? { Description: p.Description } : {}),
    CreateDate: createdOf(p),
    UpdateDate: date(p.UpdateDate) ?? createdOf(p),
  };
}

export function managedPolicyDetail(iam: ResolvedIam, p: IamManagedPolicy) {
  return { ...policyShape(iam, p), PolicyVersionList: versionsOf(p).versions };
}
