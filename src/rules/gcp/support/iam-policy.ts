/** Reading IAM policies as the GCP APIs return them (`bindings[].role/members`, `auditConfigs`). */
import type { Evidence } from '../../../core/verdict.js';

export interface Binding {
  role?: string | null;
  members?: string[] | null;
  condition?: { expression?: string | null; title?: string | null } | null;
}

export interface AuditLogConfig {
  logType?: string | null;
  exemptedMembers?: string[] | null;
}

export interface AuditConfig {
  service?: string | null;
  auditLogConfigs?: AuditLogConfig[] | null;
}

export interface IamPolicy {
  bindings?: Binding[] | null;
  auditConfigs?: AuditConfig[] | null;
  etag?: string | null;
  version?: number | null;
}

/** Principals that mean "anyone" (allUsers) or "anyone with a Google account" (allAuthenticatedUsers). */
export const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'];

/** Every (role, member) grant in the policy; a policy with no bindings returns none (the API omits empty lists). */
export function grants(policy: IamPolicy | null): Array<{ role: string; member: string; index: number }> {
  return (policy?.bindings ?? []).flatMap((b, index) => (b.members ?? []).map((member) => ({ role: b.role ?? '', member, index })));
}

/** The roles each member holds. */
export function rolesByMember(policy: IamPolicy | null): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of grants(policy)) {
    const set = out.get(g.member) ?? new Set<string>();
    set.add(g.role);
    out.set(g.member, set);
  }
  return out;
}

/** Grants to allUsers / allAuthenticatedUsers, with evidence pointing at their bindings. */
export function publicGrants(policy: IamPolicy | null, aspect = 'iamPolicy'): { found: string[]; evidence: Evidence[] } {
  const pub = grants(policy).filter((g) => PUBLIC_MEMBERS.includes(g.member));
  const found = pub.map((g) => `${g.member} has ${g.role}`);
  const evidence: Evidence[] =
    pub.length > 0
      ? pub.map((g) => ({ path: `config.${aspect}.bindings[${g.index}].members`, observed: g.member, expected: 'no allUsers/allAuthenticatedUsers' }))
      : [{ path: `config.${aspect}.bindings`, observed: (policy?.bindings ?? []).length + ' bindings', expected: 'no allUsers/allAuthenticatedUsers' }];
  return { found, evidence };
}
