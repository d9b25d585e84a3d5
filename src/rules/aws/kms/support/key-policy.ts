/**
 * Finds key policy statements that allow any principal (`*`) without a condition that narrows who the
 * caller can be. Conditions on other things (encryption context, the calling service) leave the grant
 * open to every AWS account, so they do not count.
 */

interface Statement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface OpenStatement {
  index: number;
  sid: string | null;
  principal: unknown;
  actions: string[];
  why: string;
}

/** Condition keys that pin the caller to an account, organization, principal, network or source resource. */
const NARROWING_KEYS = new Set(
  [
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:userid',
    'aws:username',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceIp',
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

export function parsePolicy(document: string): { Statement?: Statement | Statement[] } {
  return JSON.parse(document) as { Statement?: Statement | Statement[] };
}

/** Statements that grant something to everyone; [] when the policy has none. Throws on invalid JSON. */
export function openStatements(document: string): OpenStatement[] {
  const raw = parsePolicy(document).Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: OpenStatement[] = [];
  statements.forEach((s, index) => {
    if (s.Effect !== 'Allow') return;
    const actions = typeof s.Action === 'string' ? [s.Action] : (s.Action ?? []);
    const base = { index, sid: s.Sid ?? null, actions };
    // Allow + NotPrincipal grants to everyone except the listed principals.
    if (s.NotPrincipal !== undefined) {
      out.push({ ...base, principal: { NotPrincipal: s.NotPrincipal }, why: 'Allow with NotPrincipal grants every other principal' });
      return;
    }
    if (!isWildcardPrincipal(s.Principal) || narrowsCaller(s.Condition)) return;
    out.push({ ...base, principal: s.Principal, why: s.Condition ? 'conditions do not restrict the caller' : 'no condition' });
  });
  return out;
}

function isWildcardPrincipal(p: unknown): boolean {
  if (p === '*') return true;
  if (p && typeof p === 'object') {
    const aws = (p as Record<string, unknown>).AWS;
    const list = Array.isArray(aws) ? aws : [aws];
    return list.some((a) => a === '*');
  }
  return false;
}

function narrowsCaller(condition: Statement['Condition']): boolean {
  for (const [operator, block] of Object.entries(condition ?? {})) {
    // Negated and IfExists operators pass when the key is absent or different, so they do not pin anyone.
    if (/^(StringNot|ArnNot|NotIp)|IfExists$|^Null$/i.test(operator)) continue;
    for (const [key, value] of Object.entries(block ?? {})) {
      const values = Array.isArray(value) ? value : [value];
      if (NARROWING_KEYS.has(key.toLowerCase()) && values.length > 0 && !values.some((v) => v === '*')) return true;
    }
  }
  return false;
}
