import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { LIFECYCLE_ASPECT, type CollectedLifecyclePolicy } from './support/repository.js';

export const rule: Rule = {
  id: 'aws.ecr.lifecycle-policy-configured',
  title: 'ECR repositories have a lifecycle policy',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::ECR::Repository'],
  rationale:
    'Without a lifecycle policy, every image ever pushed stays: old images with known vulnerabilities remain pullable (and deployable by mistake) and storage grows without bound.',
  remediation: {
    steps: ['Add a lifecycle policy that expires untagged images after a few days and keeps only the last N tagged images.'],
    cli: 'aws ecr put-lifecycle-policy --repository-name <repository> --lifecycle-policy-text file://lifecycle.json',
    terraform: 'resource "aws_ecr_lifecycle_policy" "example" {\n  repository = aws_ecr_repository.example.name\n  policy = jsonencode({ rules = [{ rulePriority = 1, selection = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 7 }, action = { type = "expire" } }] })\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'ECR.3' }],
  version: 1,
  evaluate(asset) {
    const policy = need<CollectedLifecyclePolicy | null>(asset, LIFECYCLE_ASPECT);
    const rules = policy?.rules ?? [];
    const evidence = [{ path: `config.${LIFECYCLE_ASPECT}.rules`, observed: policy ? rules.length : null, expected: 'at least one rule' }];
    if (!policy) return fail('The repository has no lifecycle policy', evidence);
    if (!rules.length) return fail('The lifecycle policy has no rules', evidence);
    return pass(`The lifecycle policy has ${rules.length} rule${rules.length > 1 ? 's' : ''}`, evidence);
  },
};
