/**
 * Which Allow statements of a resource-based policy (Lambda function, ECR repository ...) grant access
 * to anyone. A statement is open when its principal is everyone (`"*"`, `{"AWS": "*"}`, or NotPrincipal)
 * and no condition pins the caller or the source to fixed values. "Fixed" follows the definition AWS
 * uses for Lambda.1 and IAM Access Analyzer: no wildcards or policy variables where they would let any
 * account in. Two deliberate strictnesses:
 *  - an ARN condition pins only when it names an account: S3 bucket ARNs carry none, and a deleted bucket's
 *    name can be registered by anyone (why Lambda.1 requires aws:SourceAccount for S3 triggers);
 *  - `...IfExists` operators and negated operators never pin (a request without the key passes).
 * Deny statements are not credited: a policy that is only closed by a Deny is reported as open.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface OpenGrant {
  /** Position in the Statement list, for evidence paths. */
  index: number;
  sid: string | null;
  actions: string[];
  why: string;
}

export type PolicyReading<T> = { ok: true; value: T } | { ok: false; error: string };

/** The statements of a parsed policy document (a single statement object is allowed, as IAM allows it). */
export function statementsOf(doc: unknown): PolicyReading<PolicyStatement[]> {
  if (doc === null || doc === undefined) return { ok: true, value: [] };
  if (typeof doc !== 'object') return { ok: false, error: 'the policy is not a JSON object' };
  const s = (doc as { Statement?: unknown }).Statement;
  if (s === undefined) return { ok: true, value: [] };
  if (Array.isArray(s)) return { ok: true, value: s as PolicyStatement[] };
  if (typeof s === 'object') return { ok: true, value: [s as PolicyStatement] };
  return { ok: false, error: 'Statement is neither an object nor a list' };
}

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Why the statement's principal is everyone, or null when it names specific principals. */
export function everyoneReason(s: PolicyStatement): string | null {
  if (s.NotPrincipal !== undefined) return 'NotPrincipal allows everyone not listed';
  const p = s.Principal;
  if (p === '*') return 'Principal is "*"';
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>).AWS;
    if (aws === '*' || (Array.isArray(aws) && aws.includes('*'))) return 'Principal AWS is "*"';
  }
  return null;
}

/** Service principals named by the statement (`s3.amazonaws.com` ...). */
export function servicePrincipals(s: PolicyStatement): string[] {
  const p = s.Principal;
  if (!p || typeof p !== 'object') return [];
  const svc = (p as Record<string, unknown>).Service;
  return typeof svc === 'string' ? [svc] : Array.isArray(svc) ? svc.filter((x): x is string => typeof x === 'string') : [];
}

const PINNING_OPERATOR = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress|Bool)$/;

const ACCOUNT = /^\d{12}$/;
const hasWildcard = (v: string) => /[*?]/.test(v) || v.includes('${');

/** Whether one condition value, for one key, restricts the request to known accounts, networks or sources. */
function isFixed(key: string, value: string): boolean {
  switch (key) {
    case 'aws:sourceaccount':
    case 'aws:sourceowner':
    case 'aws:principalaccount':
      return ACCOUNT.test(value);
    case 'aws:principalorgid':
    case 'aws:sourceorgid':
    case 'aws:sourcevpc':
    case 'aws:sourcevpce':
      return value !== '' && !hasWildcard(value);
    case 'aws:principalorgpaths':
    case 'aws:sourceorgpaths':
      return /^o-[a-z0-9]+\//.test(value) && !hasWildcard(value.split('/')[0]!);
    case 'aws:userid':
      return value !== '' && !hasWildcard(value.split(':')[0]!);
    case 'aws:principalarn':
    case 'aws:sourcearn':
      // Pinned when the ARN's account field is a fixed account id; wildcards elsewhere stay in that account.
      return ACCOUNT.test(value.split(':')[4] ?? '') && !value.includes('${');
    case 'aws:sourceip':
      return isNarrowCidr(value);
    default:
      return false;
  }
}

function isNarrowCidr(value: string): boolean {
  const [addr = '', bits] = value.split('/');
  const v6 = addr.includes(':');
  const prefix = bits === undefined ? (v6 ? 128 : 32) : Number(bits);
  return Number.isInteger(prefix) && (v6 ? prefix >= 32 : prefix >= 8);
}

/** The condition key (as written) that pins the statement to fixed callers or sources, if any. */
export function pinningKey(condition: PolicyStatement['Condition'], keys?: string[]): string | null {
  for (const [op, clauses] of Object.entries(condition ?? {})) {
    if (!PINNING_OPERATOR.test(op)) continue;
    for (const [key, raw] of Object.entries(clauses ?? {})) {
      const k = key.toLowerCase();
      if (keys && !keys.includes(k)) continue;
      const values = (Array.isArray(raw) ? raw : [raw]).map(String);
      if (op.endsWith('Bool')) {
        if (k === 'aws:principalisawsservice' && values.every((v) => v.toLowerCase() === 'true')) return key;
        continue;
      }
      if (values.length > 0 && values.every((v) => isFixed(k, v))) return key;
    }
  }
  return null;
}

/** Allow statements open to everyone with nothing pinning them. */
export function openGrants(statements: PolicyStatement[]): OpenGrant[] {
  const out: OpenGrant[] = [];
  statements.forEach((s, index) => {
    if (s.Effect !== 'Allow') return;
    const who = everyoneReason(s);
    if (!who || pinningKey(s.Condition)) return;
    const why = s.Condition ? `${who} and no condition pins the caller or source to fixed values` : `${who} with no condition`;
    out.push({ index, sid: s.Sid ?? null, actions: asList(s.Action ?? s.NotAction), why });
  });
  return out;
}
