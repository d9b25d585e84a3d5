import { asArray, isWildcardValue } from './patterns.js';

/**
 * Reading policy conditions for one question: do they confine a statement to known, non-public callers?
 * Pure.
 *
 * S3 treats a policy as non-public when it grants only to fixed values of these keys (the S3 "meaning of
 * public" list); we add the organization and principal keys IAM Access Analyzer also treats as trusted.
 * Keys are compared in lower case because condition keys are case-insensitive.
 */
export const RESTRICTING_KEYS: ReadonlySet<string> = new Set(
  [
    'aws:SourceIp',
    'aws:SourceArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceOwner',
    'aws:SourceAccount',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:userid',
    's3:DataAccessPointArn',
    's3:DataAccessPointAccount',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
  ].map((k) => k.toLowerCase()),
);

/** Operators that let a request through only when the key equals one of the values. */
const NARROWING = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress']);
/** Their negations: in a Deny, "deny unless the key is one of the values". */
const NEGATED = new Set(['stringnotequals', 'stringnotequalsignorecase', 'stringnotlike', 'arnnotequals', 'arnnotlike', 'notipaddress']);

export interface ConditionPair {
  operator: string;
  key: string;
  values: string[];
}

export type ConditionBlock = Record<string, Record<string, unknown>> | undefined;

export function conditionPairs(condition: ConditionBlock): ConditionPair[] {
  const out: ConditionPair[] = [];
  for (const [operator, block] of Object.entries(condition ?? {})) {
    if (!block || typeof block !== 'object') continue;
    for (const [key, value] of Object.entries(block)) out.push({ operator, key, values: asArray(value as unknown).map(String) });
  }
  return out;
}

/**
 * A CIDR narrow enough to count as "known callers". Parapet's line: an IPv4 range wider than /8 or an IPv6
 * range wider than /32 is as good as the internet (0.0.0.0/1 + 128.0.0.0/1 is a classic way round checks).
 */
export function isNarrowCidr(cidr: string): boolean {
  const [addr, bits] = cidr.split('/');
  if (!addr) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  if (!Number.isInteger(prefix)) return false;
  return addr.includes(':') ? prefix >= 32 : prefix >= 8;
}

function isFixedTrustedPair(pair: ConditionPair): boolean {
  const key = pair.key.toLowerCase();
  if (!RESTRICTING_KEYS.has(key) || pair.values.length === 0) return false;
  if (pair.values.some(isWildcardValue)) return false;
  if (key === 'aws:sourceip') return pair.values.every(isNarrowCidr);
  return true;
}

/**
 * The pairs of an Allow statement's condition that confine it to fixed trusted values. Conditions are
 * ANDed, so one such pair is enough. `...IfExists` and `ForAllValues:` pass when the key is absent (as it is
 * for an anonymous internet caller), so they confine nothing.
 */
export function restrictingPairs(condition: ConditionBlock): ConditionPair[] {
  return conditionPairs(condition).filter((p) => {
    let op = p.operator.toLowerCase();
    if (op.startsWith('forallvalues:') || op.endsWith('ifexists')) return false;
    if (op.startsWith('foranyvalue:')) op = op.slice('foranyvalue:'.length);
    return NARROWING.has(op) && isFixedTrustedPair(p);
  });
}

/**
 * Whether a Deny statement's condition reads "deny unless the caller is one of these trusted values": every
 * pair is a negated comparison on a trusted key with fixed values. Such a Deny confines every Allow it covers.
 * A Deny with any other pair (say aws:SecureTransport) applies to fewer requests and confines nothing.
 */
export function isDenyUnlessTrusted(condition: ConditionBlock): boolean {
  const pairs = conditionPairs(condition);
  if (pairs.length === 0) return false;
  return pairs.every((p) => {
    const op = p.operator.toLowerCase().replace(/ifexists$/, '');
    return NEGATED.has(op) && isFixedTrustedPair(p);
  });
}
