import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { openGrants, statementsOf } from '../lambda/support/public-statements.js';
import { POLICY_ASPECT } from './support/repository.js';

/** Actions that change what the repository serves. */
const WRITE_ACTIONS = ['ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:BatchDeleteImage', 'ecr:DeleteRepository', 'ecr:SetRepositoryPolicy'];

/** Whether an action pattern (IAM wildcards `*` and `?`, case-insensitive) covers a write action. */
function grantsWrite(pattern: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return WRITE_ACTIONS.some((a) => re.test(a));
}

export const rule: Rule = {
  id: 'aws.ecr.repository-policy-not-public',
  title: 'ECR repository policies do not grant access to everyone',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::ECR::Repository'],
  rationale:
    'A repository policy with Principal "*" and no condition pinning the caller lets any AWS account pull the images (code, embedded configuration and sometimes secrets) or, with push actions, replace them with images of its choosing.',
  remediation: {
    steps: [
      'Replace Principal "*" with the accounts or roles that pull from the repository,',
      'or keep "*" with an aws:PrincipalOrgID condition to limit access to your organization.',
      'Publish images meant for everyone in ECR Public instead.',
    ],
    cli: 'aws ecr set-repository-policy --repository-name <repository> --policy-text file://policy.json',
    terraform: 'resource "aws_ecr_repository_policy" "example" {\n  repository = aws_ecr_repository.example.name\n  policy     = data.aws_iam_policy_document.org_pull.json # Principal "*" with aws:PrincipalOrgID\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
  ],
  // No Security Hub control or CIS AWS Foundations recommendation covers ECR repository policies; these are
  // the NIST 800-53 controls Security Hub maps the analogous public-policy controls (Lambda.1, SQS.3) to.
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-3' },
    { framework: 'nist-800-53-r5', control: 'SC-7' },
  ],
  version: 1,
  evaluate(asset) {
    const policy = need<unknown>(asset, POLICY_ASPECT);
    if (policy === null) return pass('The repository has no repository policy', [{ path: `config.${POLICY_ASPECT}`, observed: null, expected: 'no public grant' }]);
    const statements = statementsOf(policy);
    if (!statements.ok) return unknown(`The repository policy could not be read: ${statements.error}`, [{ path: `config.${POLICY_ASPECT}`, observed: policy, expected: 'a policy document' }]);
    const open = openGrants(statements.value);
    const evidence = open.map((g) => ({ path: `config.${POLICY_ASPECT}.Statement[${g.index}]`, observed: `${g.sid ?? 'unnamed'}: ${g.why}; actions ${g.actions.join(', ') || '(none)'}`, expected: 'no public grant' }));
    if (open.length) {
      const push = open.some((g) => g.actions.some(grantsWrite));
      return fail(`The repository policy lets anyone ${push ? 'push or delete' : 'pull'} images (${open.map((g) => g.sid ?? 'unnamed').join(', ')})`, evidence);
    }
    return pass(`None of the ${statements.value.length} policy statements grants access to everyone`, [{ path: `config.${POLICY_ASPECT}.Statement`, observed: `${statements.value.length} statements, none public`, expected: 'no public grant' }]);
  },
};
