import { conditionPairs, type ConditionBlock } from './conditions.js';
import { awsPrincipals, resourceLevels, statementActions, statementsOf, type PolicyDocument } from './policy.js';
import { S3_ACTIONS } from './s3-actions.js';

/** How far a statement goes towards "deny every request that is not over TLS". */
export interface TlsDenyMatch {
  index: number;
  sid?: string;
  /** Covers every S3 action (s3:* or *). */
  allActions: boolean;
  /** Covers the bucket and its objects. */
  bucketAndObjects: boolean;
}

/**
 * A condition that holds exactly for plain-HTTP requests: Bool (or BoolIfExists) aws:SecureTransport "false",
 * and nothing else. An extra pair would narrow the Deny to fewer HTTP requests.
 */
function matchesEveryInsecureRequest(condition: ConditionBlock): boolean {
  const pairs = conditionPairs(condition);
  return (
    pairs.length === 1 &&
    pairs.every((p) => /^bool(ifexists)?$/i.test(p.operator) && p.key.toLowerCase() === 'aws:securetransport' && p.values.length === 1 && p.values[0]?.toLowerCase() === 'false')
  );
}

/** Deny-to-everyone statements conditioned on aws:SecureTransport false, with how much they cover. */
export function tlsDenyStatements(doc: PolicyDocument | null, bucketArn: string): TlsDenyMatch[] {
  const out: TlsDenyMatch[] = [];
  for (const { index, statement: s } of statementsOf(doc)) {
    if (s.Effect?.toLowerCase() !== 'deny' || s.NotPrincipal !== undefined || !awsPrincipals(s.Principal).includes('*')) continue;
    if (!matchesEveryInsecureRequest(s.Condition)) continue;
    const levels = resourceLevels(s, bucketArn);
    out.push({
      index,
      ...(s.Sid ? { sid: s.Sid } : {}),
      allActions: statementActions(s).size === S3_ACTIONS.length,
      bucketAndObjects: levels.has('bucket') && levels.has('object'),
    });
  }
  return out;
}
