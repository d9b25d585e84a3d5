import { MissingData, need } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';

/**
 * The `policy` aspect of `AWS::IAM::Policy`: its ManagedPolicyDetail from GetAccountAuthorizationDetails,
 * with PolicyVersionList reduced to the default version and its Document decoded and parsed.
 */
export interface CollectedManagedPolicy {
  PolicyName?: string;
  Arn?: string;
  DefaultVersionId?: string;
  AttachmentCount?: number;
  PermissionsBoundaryUsageCount?: number;
  PolicyVersionList?: Array<{ VersionId?: string; IsDefaultVersion?: boolean; Document?: unknown }>;
}

export function managedPolicy(asset: Asset): CollectedManagedPolicy {
  return need<CollectedManagedPolicy>(asset, 'policy');
}

/** The parsed document of the default version, and its position for evidence paths. */
export function defaultDocument(policy: CollectedManagedPolicy): { document: object; path: string } {
  const versions = policy.PolicyVersionList ?? [];
  const index = versions.findIndex((v) => v.IsDefaultVersion === true || (policy.DefaultVersionId !== undefined && v.VersionId === policy.DefaultVersionId));
  const doc = versions[index]?.Document;
  if (typeof doc !== 'object' || doc === null)
    throw new MissingData('The default version document of the policy was not collected or is not valid JSON', [{ path: 'config.policy.PolicyVersionList', observed: versions.length, expected: 'the default version with a parsed document' }]);
  return { document: doc, path: `config.policy.PolicyVersionList.${index}.Document` };
}
