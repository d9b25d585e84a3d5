/**
 * The `global.iam` section resolved once per account: ids and ARNs derived the AWS way, timestamps as Dates,
 * attachments as ARNs, and attachment counts. Cached per section object, so paging through thousands of
 * users does not rebuild it on every call.
 */
import { createHash } from 'node:crypto';
import type { SimContext } from '../../service.js';
import type { Attachment, IamGroup, IamManagedPolicy, IamRole, IamSection, IamUser, PolicyDocument, Time } from './section.js';

/** When an entity gives no CreateDate. */
const DEFAULT_CREATED = new Date('2024-01-01T00:00:00Z');

export function date(v: Time | undefined): Date | undefined {
  if (v === undefined) return undefined;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * An IAM unique id: a 4-letter prefix (AIDA users, AGPA groups, AROA roles, ANPA policies, ASCA
 * certificates, AKIA access keys) and base32 characters derived from the account and name.
 */
export function iamId(prefix: string, account: string, name: string, length = 21): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha256').update(`${prefix}:${account}:${name}`).digest();
  let out = prefix;
  for (let i = 0; out.length < length; i++) out += alphabet[(bytes[i % bytes.length] ?? 0) % 32];
  return out;
}

/** IAM serves policy documents URL-encoded (RFC 3986), and the SDK hands them over as such. */
export function encodeDocument(doc: PolicyDocument): string {
  return encodeURIComponent(typeof doc === 'string' ? doc : JSON.stringify(doc));
}

export function pathOf(p: string | undefined): string {
  return p ?? '/';
}

export interface ResolvedIam {
  account: string;
  section: IamSection;
  users: IamUser[];
  groups: IamGroup[];
  roles: IamRole[];
  policies: IamManagedPolicy[];
  userArn(u: IamUser): string;
  groupArn(g: IamGroup): string;
  roleArn(r: IamRole): string;
  policyArn(p: IamManagedPolicy): string;
  attachmentArn(a: Attachment): string;
  /** Users, groups and roles a managed policy ARN is attached to. */
  attachmentCount(arn: string): number;
  boundaryCount(arn: string): number;
}

const cache = new WeakMap<object, ResolvedIam>();

export function iamOf(ctx: SimContext): ResolvedIam {
  const section = ctx.global<IamSection>('iam');
  const hit = cache.get(section);
  if (hit && hit.account === ctx.account.id) return hit;
  const resolved = resolve(ctx.account.id, section);
  cache.set(section, resolved);
  return resolved;
}

function resolve(account: string, section: IamSection): ResolvedIam {
  const arn = (kind: string, path: string | undefined, name: string) => `arn:aws:iam::${account}:${kind}${pathOf(path)}${name}`;
  const attachmentArn = (a: Attachment) => {
    const v = typeof a === 'string' ? a : a.PolicyArn;
    return v.startsWith('arn:') ? v : `arn:aws:iam::${account}:policy/${v}`;
  };
  const attached = new Map<string, number>();
  const boundaries = new Map<string, number>();
  const users = section.users ?? [];
  const groups = section.groups ?? [];
  const roles = section.roles ?? [];
  for (const e of [...users, ...groups, ...roles]) {
    for (const a of e.AttachedManagedPolicies ?? []) attached.set(attachmentArn(a), (attached.get(attachmentArn(a)) ?? 0) + 1);
    const b = 'PermissionsBoundary' in e ? e.PermissionsBoundary : undefined;
    if (b) boundaries.set(attachmentArn(b), (boundaries.get(attachmentArn(b)) ?? 0) + 1);
  }
  return {
    account,
    section,
    users,
    groups,
    roles,
    policies: section.policies ?? [],
    userArn: (u) => u.Arn ?? arn('user', u.Path, u.UserName),
    groupArn: (g) => g.Arn ?? arn('group', g.Path, g.GroupName),
    roleArn: (r) => r.Arn ?? arn('role', r.Path, r.RoleName),
    policyArn: (p) => p.Arn ?? arn('policy', p.Path, p.PolicyName),
    attachmentArn,
    attachmentCount: (a) => attached.get(a) ?? 0,
    boundaryCount: (a) => boundaries.get(a) ?? 0,
  };
}

export function createdOf(e: { CreateDate?: Time }): Date {
  return date(e.CreateDate) ?? DEFAULT_CREATED;
}

/** The AttachedPolicy shape for an attachment. */
export function attachedPolicy(iam: ResolvedIam, a: Attachment): { PolicyName: string; PolicyArn: string } {
  const PolicyArn = iam.attachmentArn(a);
  const PolicyName = (typeof a === 'object' && a.PolicyName) || PolicyArn.slice(PolicyArn.lastIndexOf('/') + 1);
  return { PolicyName, PolicyArn };
}
