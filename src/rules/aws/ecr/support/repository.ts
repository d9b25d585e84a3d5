/**
 * Aspects of an `AWS::ECR::Repository` asset:
 *   repository             the DescribeRepositories entry
 *   scanningConfiguration  the repository's effective scanning (BatchGetRepositoryScanningConfiguration),
 *                          which folds in the registry-level scanning rules
 *   policy                 the repository policy document, parsed | null (RepositoryPolicyNotFoundException)
 *   lifecyclePolicy        { rules, lastEvaluatedAt } parsed from GetLifecyclePolicy | null (LifecyclePolicyNotFoundException)
 */
export const REPOSITORY_ASPECT = 'repository';
export const SCANNING_ASPECT = 'scanningConfiguration';
export const POLICY_ASPECT = 'policy';
export const LIFECYCLE_ASPECT = 'lifecyclePolicy';

export interface CollectedLifecyclePolicy {
  rules?: Array<{ rulePriority?: number; description?: string; selection?: Record<string, unknown>; action?: { type?: string } }>;
  lastEvaluatedAt?: Date | string;
}
