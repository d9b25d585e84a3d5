/**
 * Reading IAM identity policy documents as AWS evaluates them: `Statement` may be one object or an array,
 * and `Action` / `NotAction` / `Resource` / `NotResource` may each be a string or an array of strings.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, unknown>;
}

/** The statements of a parsed policy document, or `undefined` when it is not a policy document at all. */
export function statementsOf(document: unknown): PolicyStatement[] | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const s = (document as { Statement?: unknown }).Statement;
  if (s === undefined) return [];
  const list = Array.isArray(s) ? s : [s];
  return list.filter((x): x is PolicyStatement => typeof x === 'object' && x !== null);
}

/** A string-or-list policy element as a list. */
export function listOf(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [v];
}

/** IAM wildcard matching (`*` any run, `?` one character). Action names are case-insensitive in IAM. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(value);
}

/** `*`, `*:*` and the like: a pattern made of wildcards only, matching every action of every service. */
export function isEveryAction(pattern: string): boolean {
  return /^[*:]+$/.test(pattern) && pattern.includes('*');
}

/**
 * Whether a NotAction entry removes every IAM action. Probes stand in for "all of iam:*": a pattern that
 * matches a one-letter and a long action name alike covers the whole service.
 */
export function coversAllOfService(pattern: string, service: string): boolean {
  return [`${service}:A`, `${service}:CreateAccessKey`, `${service}:${'Z'.repeat(40)}`].every((probe) => wildcardMatch(pattern, probe));
}

export type AdminForm = 'Action' | 'NotAction' | 'NotResource';

export interface AdminGrant {
  /** Position of the statement in the Statement list (0 when Statement is a single object). */
  index: number;
  sid?: string;
  form: AdminForm;
  conditional: boolean;
}

/**
 * Allow statements that grant full administrative access:
 * - `Action: "*"` (or `*:*`) on `Resource: "*"`: the CIS "*:*" case;
 * - `Action: "*"` with `NotResource`: everything on all but a few resources;
 * - `NotAction` on `Resource: "*"` that does not exclude IAM: everything else, including the IAM actions
 *   that let the holder grant itself the rest (so `PowerUserAccess`, which excludes `iam:*`, is not admin).
 * Conditions do not make a grant safe (CIS and Security Hub flag them too); they are reported.
 */
export function fullAdminGrants(document: unknown): AdminGrant[] | undefined {
  const statements = statementsOf(document);
  if (!statements) return undefined;
  const out: AdminGrant[] = [];
  statements.forEach((s, index) => {
    if (s.Effect !== 'Allow') return;
    const actions = listOf(s.Action);
    const resources = listOf(s.Resource);
    const allResources = resources.includes('*');
    const conditional = s.Condition !== undefined && Object.keys(s.Condition).length > 0;
    const grant = (form: AdminForm) => out.push({ index, form, conditional, ...(s.Sid ? { sid: s.Sid } : {}) });
    if (actions.some(isEveryAction)) {
      if (allResources) grant('Action');
      else if (s.NotResource !== undefined) grant('NotResource');
    } else if (s.NotAction !== undefined && allResources) {
      if (!listOf(s.NotAction).some((p) => coversAllOfService(p, 'iam'))) grant('NotAction');
    }
  });
  return out;
}

/** Allowed actions of the form `service:*` (every action of one service), for FSBP IAM.21. */
export function serviceWildcardActions(document: unknown): Array<{ index: number; action: string }> | undefined {
  const statements = statementsOf(document);
  if (!statements) return undefined;
  const out: Array<{ index: number; action: string }> = [];
  statements.forEach((s, index) => {
    if (s.Effect !== 'Allow') return;
    for (const a of listOf(s.Action)) if (/^[^:*]+:\*$/.test(a)) out.push({ index, action: a });
  });
  return out;
}
