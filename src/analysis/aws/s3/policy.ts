import { isDenyUnlessTrusted, restrictingPairs, type ConditionBlock, type ConditionPair } from './conditions.js';
import { asArray, globMatch } from './patterns.js';
import { actionInfo, actionsCovered } from './s3-actions.js';

/** A bucket policy statement as IAM writes it: most elements may be a string or a list. */
export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: string;
  Statement?: PolicyStatement | PolicyStatement[];
}

export interface IndexedStatement {
  index: number;
  statement: PolicyStatement;
}

export function statementsOf(doc: PolicyDocument | null | undefined): IndexedStatement[] {
  return asArray(doc?.Statement).map((statement, index) => ({ index, statement }));
}

const isAllow = (s: PolicyStatement) => s.Effect?.toLowerCase() === 'allow';
const isDeny = (s: PolicyStatement) => s.Effect?.toLowerCase() === 'deny';

/** The `AWS` principals of a statement (`"*"` alone means everyone, which we report as `["*"]`). */
export function awsPrincipals(principal: unknown): string[] {
  if (principal === '*') return ['*'];
  if (principal && typeof principal === 'object') return asArray((principal as Record<string, unknown>).AWS as string | string[]).map(String);
  return [];
}

/**
 * Whether the statement names everyone: `Principal: "*"`, `{"AWS": "*"}` (alone or in a list), or an Allow with
 * NotPrincipal, which grants to everyone but the few it names.
 */
export function namesEveryone(s: PolicyStatement): boolean {
  if (s.NotPrincipal !== undefined) return isAllow(s);
  return awsPrincipals(s.Principal).includes('*');
}

/** The catalogue actions a statement's Action or NotAction covers. */
export function statementActions(s: PolicyStatement): Set<string> {
  if (s.NotAction !== undefined) return actionsCovered(asArray(s.NotAction), true);
  return actionsCovered(asArray(s.Action), false);
}

/** Which of the bucket's resource levels a statement's Resource covers (NotResource: neither, to stay safe). */
export function resourceLevels(s: PolicyStatement, bucketArn: string): Set<'bucket' | 'object'> {
  const out = new Set<'bucket' | 'object'>();
  if (s.NotResource !== undefined) return out;
  const resources = asArray(s.Resource);
  if (resources.some((r) => globMatch(r, bucketArn))) out.add('bucket');
  if (resources.some((r) => globMatch(r, `${bucketArn}/any-object-key`))) out.add('object');
  return out;
}

/** Actions denied to everyone outright, or to everyone but fixed trusted callers; only those S3 can see. */
function actionsDeniedToPublic(doc: PolicyDocument | null, bucketArn: string, includeScoped: boolean): Set<string> {
  const denied = new Set<string>();
  for (const { statement: s } of statementsOf(doc)) {
    if (!isDeny(s) || s.NotPrincipal !== undefined || !awsPrincipals(s.Principal).includes('*')) continue;
    const unconditional = !s.Condition || Object.keys(s.Condition).length === 0;
    if (!unconditional && !(includeScoped && isDenyUnlessTrusted(s.Condition))) continue;
    const levels = resourceLevels(s, bucketArn);
    for (const a of statementActions(s)) if (levels.has(actionInfo(a)?.level ?? 'bucket')) denied.add(a);
  }
  return denied;
}

export interface PolicyGrant {
  index: number;
  sid?: string;
  /** Catalogue actions the statement still grants after the policy's own Deny statements. */
  actions: string[];
  principals: string[];
}

/**
 * Allow statements that grant to everyone with no condition confining them to trusted callers, with the
 * actions left after Deny statements that apply to everyone (outright, or "unless trusted caller"). A
 * statement whose every action such a Deny cancels is still listed, with no actions: callers can tell "no
 * public statement" from "public statements, all cancelled".
 */
export function publicGrants(doc: PolicyDocument | null, bucketArn: string): PolicyGrant[] {
  const denied = actionsDeniedToPublic(doc, bucketArn, true);
  const out: PolicyGrant[] = [];
  for (const { index, statement: s } of statementsOf(doc)) {
    if (!isAllow(s) || !namesEveryone(s) || restrictingPairs(s.Condition).length > 0) continue;
    const actions = [...statementActions(s)].filter((a) => !denied.has(a));
    out.push({ index, ...(s.Sid ? { sid: s.Sid } : {}), actions, principals: s.NotPrincipal !== undefined ? ['NotPrincipal'] : ['*'] });
  }
  return out;
}

/** The account a principal belongs to: `123456789012`, `arn:aws:iam::123456789012:role/x`, or undefined (services, CloudFront users). */
export function principalAccount(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal);
  return m?.[1];
}

/** True when a condition pins `*` to the owner's own account (aws:PrincipalAccount / aws:PrincipalArn). */
function confinedToAccount(pairs: ConditionPair[], owner: string): boolean {
  return pairs.some((p) => {
    const key = p.key.toLowerCase();
    if (key === 'aws:principalaccount') return p.values.every((v) => v === owner);
    if (key === 'aws:principalarn') return p.values.every((v) => principalAccount(v) === owner);
    return false;
  });
}

/**
 * Allow statements that grant any of `sensitive` to principals outside the owner account: other accounts'
 * ARNs or ids, `*` (unless pinned to the owner account) and NotPrincipal. Outright Deny-to-everyone removes actions.
 */
export function crossAccountGrants(doc: PolicyDocument | null, bucketArn: string, owner: string, sensitive: readonly string[]): PolicyGrant[] {
  const denied = actionsDeniedToPublic(doc, bucketArn, false);
  const wanted = new Set(sensitive.map((a) => a.toLowerCase()));
  const out: PolicyGrant[] = [];
  for (const { index, statement: s } of statementsOf(doc)) {
    if (!isAllow(s)) continue;
    const external: string[] = [];
    if (s.NotPrincipal !== undefined) external.push('NotPrincipal');
    for (const p of awsPrincipals(s.Principal)) {
      if (p === '*') {
        if (!confinedToAccount(restrictingPairs(s.Condition), owner)) external.push('*');
      } else {
        const account = principalAccount(p);
        if (account && account !== owner) external.push(p);
      }
    }
    if (!external.length) continue;
    const actions = [...statementActions(s)].filter((a) => wanted.has(a.toLowerCase()) && !denied.has(a));
    if (actions.length) out.push({ index, ...(s.Sid ? { sid: s.Sid } : {}), actions, principals: external });
  }
  return out;
}
