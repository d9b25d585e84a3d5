/** Per-entity IAM reads: ListUsers, GetUser, ListGroups, ListRoles, GetRole, ListPolicies, GetPolicyVersion. */
import { SimError, type SimHandler } from '../../service.js';
import { iamOf } from './model.js';
import { iamPage, noSuchEntity } from './paging.js';
import { groupShape, policyShape, roleShape, userShape, versionsOf } from './shapes.js';

const byPrefix = <T extends { Path?: string }>(items: T[], prefix: string | undefined) => (prefix ? items.filter((i) => (i.Path ?? '/').startsWith(prefix)) : items);

export const ListUsers: SimHandler = (input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const p = iamPage(byPrefix(iam.users, input.PathPrefix), input);
  return { Users: p.items.map((u) => userShape(iam, u)), IsTruncated: p.IsTruncated, Marker: p.Marker };
};

export const GetUser: SimHandler = (input: { UserName?: string }, ctx) => {
  const iam = iamOf(ctx);
  const u = iam.users.find((x) => x.UserName === input.UserName);
  if (!u) throw noSuchEntity(`The user with name ${input.UserName} cannot be found.`);
  return { User: userShape(iam, u) };
};

export const ListGroups: SimHandler = (input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const p = iamPage(byPrefix(iam.groups, input.PathPrefix), input);
  return { Groups: p.items.map((g) => groupShape(iam, g)), IsTruncated: p.IsTruncated, Marker: p.Marker };
};

export const ListRoles: SimHandler = (input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  const p = iamPage(byPrefix(iam.roles, input.PathPrefix), input);
  return { Roles: p.items.map((r) => roleShape(iam, r)), IsTruncated: p.IsTruncated, Marker: p.Marker };
};

export const GetRole: SimHandler = (input: { RoleName?: string }, ctx) => {
  const iam = iamOf(ctx);
  const r = iam.roles.find((x) => x.RoleName === input.RoleName);
  if (!r) throw noSuchEntity(`The role with name ${input.RoleName} cannot be found.`);
  return { Role: roleShape(iam, r) };
};

/** Customer managed policies only (Scope Local); AWS managed policies are not simulated here. */
export const ListPolicies: SimHandler = (input: { Scope?: string; OnlyAttached?: boolean; PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx) => {
  const iam = iamOf(ctx);
  let items = input.Scope === 'AWS' ? [] : byPrefix(iam.policies, input.PathPrefix);
  if (input.OnlyAttached) items = items.filter((p) => iam.attachmentCount(iam.policyArn(p)) > 0);
  const p = iamPage(items, input);
  return { Policies: p.items.map((x) => policyShape(iam, x)), IsTruncated: p.IsTruncated, Marker: p.Marker };
};

export const GetPolicyVersion: SimHandler = (input: { PolicyArn?: string; VersionId?: string }, ctx) => {
  const iam = iamOf(ctx);
  const policy = iam.policies.find((p) => iam.policyArn(p) === input.PolicyArn);
  if (!policy) throw noSuchEntity(`Policy ${input.PolicyArn} does not exist or is not attachable.`);
  const version = versionsOf(policy).versions.find((v) => v.VersionId === input.VersionId);
  if (!version) throw new SimError('NoSuchEntity', `Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`, 404);
  return { PolicyVersion: version };
};
