import { need } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';

/** A managed policy attachment as GetAccountAuthorizationDetails lists it. */
export interface AttachedPolicy {
  PolicyName?: string;
  PolicyArn?: string;
}

/** An inline policy, its document decoded and parsed by the collector. */
export interface InlinePolicy {
  PolicyName?: string;
  PolicyDocument?: unknown;
}

/**
 * The `details` aspect of users, groups and roles: their entry of GetAccountAuthorizationDetails
 * (UserDetail / GroupDetail / RoleDetail), inline policy documents decoded.
 */
export interface PrincipalDetails {
  AttachedManagedPolicies?: AttachedPolicy[];
  UserPolicyList?: InlinePolicy[];
  GroupPolicyList?: InlinePolicy[];
  RolePolicyList?: InlinePolicy[];
  GroupList?: string[];
}

export function principalDetails(asset: Asset): PrincipalDetails {
  return need<PrincipalDetails>(asset, 'details');
}

/** Whether an attachment is the AWS managed policy `name`, in any partition. */
export function isAwsManagedPolicy(p: AttachedPolicy, name: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(p.PolicyArn ?? '') && (p.PolicyArn ?? '').endsWith(`/${name}`);
}
