/**
 * GetAccountAuthorizationDetails: users, groups, roles and managed policies with their inline and
 * attached policies in one paged listing (default 100 entities a page across the requested types, in
 * the order users, groups, roles, policies). Documents are URL-encoded as AWS sends them.
 */
import type { SimContext, SimHandler } from '../../service.js';
import { awsManagedDocument } from './aws-managed-policies.js';
import { encodeDocument, iamOf, type ResolvedIam } from './model.js';
import { iamPage } from './paging.js';
import { groupDetail, managedPolicyDetail, roleDetail, userDetail } from './shapes.js';

type EntityType = 'User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy';
type Entry = { list: 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'; item: () => unknown };

const EPOCH = new Date('2015-02-06T18:39:46Z');

/** AWS managed policies attached somewhere in the account, as ManagedPolicyDetail. */
function awsManagedInUse(iam: ResolvedIam): Entry[] {
  const arns = new Set<string>();
  for (const e of [...iam.users, ...iam.groups, ...iam.roles]) for (const a of e.AttachedManagedPolicies ?? []) arns.add(iam.attachmentArn(a));
  return [...arns]
    .filter((arn) => arn.includes(':iam::aws:policy/'))
    .sort()
    .map((arn) => {
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      return {
        list: 'Policies' as const,
        item: () => ({
          PolicyName: name, PolicyId: `ANPA${name.toUpperCase().replace(/[^A-Z2-7]/g, '').padEnd(17, 'Q').slice(0, 17)}`, Arn: arn, Path: arn.slice(arn.indexOf(':policy') + 7, arn.lastIndexOf('/') + 1),
          DefaultVersionId: 'v1', AttachmentCount: iam.attachmentCount(arn), PermissionsBoundaryUsageCount: iam.boundaryCount(arn), IsAttachable: true, CreateDate: EPOCH, UpdateDate: EPOCH,
          PolicyVersionList: [{ Document: encodeDocument(awsManagedDocument(name) as Record<string, unknown>), VersionId: 'v1', IsDefaultVersion: true, CreateDate: EPOCH }],
        }),
      };
    });
}

function entries(iam: ResolvedIam, filter: EntityType[]): Entry[] {
  const want = (t: EntityType) => filter.length === 0 || filter.includes(t);
  return [
    ...(want('User') ? iam.users.map((u) => ({ list: 'UserDetailList' as const, item: () => userDetail(iam, u) })) : []),
    ...(want('Group') ? iam.groups.map((g) => ({ list: 'GroupDetailList' as const, item: () => groupDetail(iam, g) })) : []),
    ...(want('Role') ? iam.roles.map((r) => ({ list: 'RoleDetailList' as const, item: () => roleDetail(iam, r) })) : []),
    ...(want('LocalManagedPolicy') ? iam.policies.map((p) => ({ list: 'Policies' as const, item: () => managedPolicyDetail(iam, p) })) : []),
    ...(want('AWSManagedPolicy') ? awsManagedInUse(iam) : []),
  ];
}

export const GetAccountAuthorizationDetails: SimHandler = (input: { Filter?: EntityType[]; MaxItems?: number; Marker?: string }, ctx: SimContext) => {
  const iam = iamOf(ctx);
  const p = iamPage(entries(iam, input.Filter ?? []), input);
  const out: Record<string, unknown[]> = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] };
  for (const e of p.items) out[e.list]!.push(e.item());
  return { ...out, IsTruncated: p.IsTruncated, ...(p.Marker ? { Marker: p.Marker } : {}) };
};
