import type { Asset } from '../../../core/asset.js';
import { describeError } from '../../../core/asset.js';
import { fail, pass, unknown, type RuleContext } from '../../../core/rule.js';
import type { Evidence, Verdict } from '../../../core/verdict.js';
import { publicAclGrants, type BucketAcl } from './acl.js';
import { settingInForce } from './block-settings.js';
import { publicGrants, type PolicyDocument } from './policy.js';
import { actionInfo } from './s3-actions.js';

/**
 * Whether a bucket is EFFECTIVELY open to the public for reading or writing: what its ACL and policy grant,
 * minus what S3 Block Public Access neutralises (IgnorePublicAcls voids public ACL grants;
 * RestrictPublicBuckets voids public policy grants; the Block* settings only stop new grants and change
 * nothing that is already there), at the bucket or account level. Anything that could not be read makes the
 * answer unknown unless another fact settles it (a block in force, ACLs disabled, S3's own policy status):
 * a denied GetBucketAcl is never taken as "no public grant".
 */
export type Access = 'read' | 'write';

type PathState = 'public' | 'closed' | 'unknown';
interface PathResult {
  state: PathState;
  reason: string;
  evidence: Evidence[];
}

function aspectProblem(asset: Asset, aspect: string): string | undefined {
  const gap = asset.gaps[aspect];
  if (gap) return `${aspect} could not be collected: ${describeError(gap)}`;
  if (!(aspect in asset.config)) return `${aspect} was not collected`;
  return undefined;
}

function aclsDisabled(asset: Asset): boolean {
  if (aspectProblem(asset, 'ownershipControls')) return false;
  const oc = asset.config.ownershipControls as { Rules?: Array<{ ObjectOwnership?: string }> } | null;
  return (oc?.Rules ?? []).some((r) => r.ObjectOwnership === 'BucketOwnerEnforced');
}

function aclPath(asset: Asset, ctx: RuleContext, access: Access): PathResult {
  if (aclsDisabled(asset))
    return { state: 'closed', reason: 'ACLs are disabled (BucketOwnerEnforced), so ACL grants do not apply', evidence: [{ path: 'config.ownershipControls.Rules', observed: 'BucketOwnerEnforced', expected: 'BucketOwnerEnforced' }] };
  const problem = aspectProblem(asset, 'acl');
  const grants = problem ? [] : publicAclGrants(asset.config.acl as BucketAcl | null, access);
  if (!problem && grants.length === 0)
    return { state: 'closed', reason: `no ACL grant gives the public ${access} access`, evidence: [{ path: 'config.acl.Grants', observed: 'no AllUsers/AuthenticatedUsers grant', expected: `no public ${access} grant` }] };
  const ignore = settingInForce(asset, ctx, 'IgnorePublicAcls');
  if (ignore.on) return { state: 'closed', reason: `${ignore.why}, so public ACL grants are ignored`, evidence: ignore.evidence };
  if (problem) return { state: 'unknown', reason: problem, evidence: [{ path: 'config.acl', observed: null, expected: 'collected' }, ...ignore.evidence] };
  const evidence = [...grants.map((g) => ({ path: `config.acl.Grants[${g.index}]`, observed: `${g.group}:${g.permission}`, expected: `no public ${access} grant` })), ...ignore.evidence];
  const what = grants.map((g) => `${g.permission} to ${g.group}`).join(', ');
  if (ignore.on === false) return { state: 'public', reason: `the ACL grants ${what} and ${ignore.why}`, evidence };
  return { state: 'unknown', reason: `the ACL grants ${what} but whether IgnorePublicAcls applies is unknown: ${ignore.why}`, evidence };
}

function policyPath(asset: Asset, ctx: RuleContext, access: Access): PathResult {
  const restrict = settingInForce(asset, ctx, 'RestrictPublicBuckets');
  const problem = aspectProblem(asset, 'policy');
  const status = aspectProblem(asset, 'policyStatus') ? undefined : (asset.config.policyStatus as { IsPublic?: boolean } | null);
  if (problem) {
    if (restrict.on) return { state: 'closed', reason: `${restrict.why}, so no policy grant can be public`, evidence: restrict.evidence };
    if (status?.IsPublic === false) return { state: 'closed', reason: 'the policy could not be read but S3 reports it is not public', evidence: [{ path: 'config.policyStatus.IsPublic', observed: false, expected: false }] };
    return { state: 'unknown', reason: problem, evidence: [{ path: 'config.policy', observed: null, expected: 'collected' }] };
  }
  const doc = asset.config.policy as PolicyDocument | null;
  if (!doc) return { state: 'closed', reason: 'there is no bucket policy', evidence: [{ path: 'config.policy', observed: null, expected: 'no public grant' }] };
  const candidates = publicGrants(doc, asset.id);
  const grants = candidates.map((g) => ({ ...g, actions: g.actions.filter((a) => actionInfo(a)?.access === access) })).filter((g) => g.actions.length);
  if (!grants.length) {
    // S3's own evaluation found something public that ours did not even consider: do not overrule it.
    if (candidates.length === 0 && status?.IsPublic === true)
      return { state: 'unknown', reason: 'S3 reports the policy as public but no statement granting public access was identified', evidence: [{ path: 'config.policyStatus.IsPublic', observed: true, expected: false }] };
    const why = candidates.length ? 'the public statements are cancelled by Deny statements or grant other access' : 'no statement names everyone without a restricting condition';
    return { state: 'closed', reason: `no policy statement gives the public ${access} access (${why})`, evidence: [{ path: 'config.policy.Statement', observed: `${candidates.length} unconditioned public Allow statements, none granting ${access}`, expected: `no public ${access} grant` }] };
  }
  if (restrict.on) return { state: 'closed', reason: `${restrict.why}, so the public policy grant is not honoured`, evidence: restrict.evidence };
  const evidence = [...grants.map((g) => ({ path: `config.policy.Statement[${g.index}]`, observed: { Sid: g.sid ?? null, Principal: g.principals, Actions: g.actions }, expected: `no public ${access} grant` })), ...restrict.evidence];
  const what = grants.map((g) => `statement ${g.sid ?? g.index} allows ${g.actions.slice(0, 3).join(', ')}${g.actions.length > 3 ? ', ...' : ''} to everyone`).join('; ');
  if (restrict.on === false) return { state: 'public', reason: `${what}, and ${restrict.why}`, evidence };
  return { state: 'unknown', reason: `${what}, but whether RestrictPublicBuckets applies is unknown: ${restrict.why}`, evidence };
}

export function evaluateExposure(asset: Asset, ctx: RuleContext, access: Access): Verdict {
  const paths = [aclPath(asset, ctx, access), policyPath(asset, ctx, access)];
  const evidence = paths.flatMap((p) => p.evidence);
  const open = paths.filter((p) => p.state === 'public');
  if (open.length) return fail(`Bucket is publicly ${access === 'read' ? 'readable' : 'writable'}: ${open.map((p) => p.reason).join('; ')}`, evidence);
  const unsure = paths.filter((p) => p.state === 'unknown');
  if (unsure.length) return unknown(`Cannot tell whether the bucket is publicly ${access === 'read' ? 'readable' : 'writable'}: ${unsure.map((p) => p.reason).join('; ')}`, evidence);
  return pass(`Bucket is not publicly ${access === 'read' ? 'readable' : 'writable'}: ${paths.map((p) => p.reason).join('; ')}`, evidence);
}
