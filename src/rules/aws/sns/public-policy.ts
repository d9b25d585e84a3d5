/**
 * Which statements of a resource policy (SNS topic, SQS queue) grant access to anyone. A statement is
 * public when it allows a wildcard principal (or uses NotPrincipal) and no condition pins the caller or
 * the source to fixed values: the same idea AWS uses for "public" in S3 Block Public Access and IAM Access
 * Analyzer. The default SNS topic policy (Principal "*" limited by AWS:SourceOwner) is therefore not public.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface PublicStatement {
  sid: string | null;
  actions: string[];
  /** Why it counts as public. */
  why: string;
}

/** Condition keys that, compared to fixed values, tie the request to known accounts, networks or sources. */
const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOwner', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceIp', 'aws:SourceOrgID',
    'aws:SourceOrgPaths', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:userid',
    'aws:PrincipalIsAWSService', 'aws:PrincipalServiceName',
  ].map((k) => k.toLowerCase()),
);

/** Operators that require the key to be present and equal/like the values (IfExists and Not* do not). */
const RESTRICTING_OPERATORS = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress|Bool)$/;

export type PolicyReading = { ok: true; statements: PublicStatement[] } | { ok: false; error: string };

/** `policy` is the JSON document as the API returns it (a string), or absent when there is none. */
export function publicStatements(policy: string | undefined): PolicyReading {
  if (!policy) return { ok: true, statements: [] };
  let doc: { Statement?: PolicyStatement | PolicyStatement[] };
  try {
    doc = JSON.parse(policy) as typeof doc;
  } catch (e) {
    return { ok: false, error: `policy is not valid JSON: ${(e as Error).message}` };
  }
  const list = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  const out: PublicStatement[] = [];
  for (const s of list) {
    if (s.Effect !== 'Allow') continue;
    const who = s.NotPrincipal !== undefined ? 'NotPrincipal allows everyone not listed' : isWildcardPrincipal(s.Principal) ? 'Principal is "*"' : null;
    if (!who || isRestricted(s.Condition)) continue;
    const actions = s.Action === undefined ? [] : Array.isArray(s.Action) ? s.Action : [s.Action];
    out.push({ sid: s.Sid ?? null, actions, why: s.Condition ? `${who} and no condition pins the caller or source` : `${who} with no condition` });
  }
  return { ok: true, statements: out };
}

function isWildcardPrincipal(p: unknown): boolean {
  if (p === '*') return true;
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>).AWS;
    return aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  }
  return false;
}

function isRestricted(condition: PolicyStatement['Condition']): boolean {
  for (const [op, clauses] of Object.entries(condition ?? {})) {
    if (!RESTRICTING_OPERATORS.test(op)) continue;
    for (const [key, raw] of Object.entries(clauses ?? {})) {
      const k = key.toLowerCase();
      if (!RESTRICTING_KEYS.has(k)) continue;
      const values = (Array.isArray(raw) ? raw : [raw]).map(String);
      if (values.length > 0 && values.every((v) => isFixedValue(k, op, v))) return true;
    }
  }
  return false;
}

function isFixedValue(key: string, op: string, value: string): boolean {
  if (key === 'aws:principalisawsservice') return op.endsWith('Bool') && value.toLowerCase() === 'true';
  if (key === 'aws:sourceip') return isNarrowCidr(value);
  if (!/[*?]/.test(value)) return value !== '';
  if (!value.startsWith('arn:')) return false;
  // An ARN pattern is fixed when it names one account, or one S3 bucket (bucket ARNs carry no account).
  const parts = value.split(':');
  const resource = parts.slice(5).join(':');
  return /^\d{12}$/.test(parts[4] ?? '') || (parts[2] === 's3' && resource !== '' && !/[*?]/.test(resource));
}

/** IPv4 ranges of /8 or narrower and IPv6 ranges of /32 or narrower count as pinned. */
function isNarrowCidr(value: string): boolean {
  const [addr = '', bits] = value.split('/');
  const prefix = bits === undefined ? (addr.includes(':') ? 128 : 32) : Number(bits);
  if (Number.isNaN(prefix)) return false;
  return addr.includes(':') ? prefix >= 32 : prefix >= 8;
}
