import { fail, pass, type Rule } from '../../../core/rule.js';
import { isAwsManagedPolicy, principalDetails } from './support/principal-details.js';

const POLICY = 'AdministratorAccess';

/**
 * CIS 1.15 covers every attached policy, AWS managed ones included. AWS managed policies have the same ARN
 * in every account, so they are not assets of their own; their one "*:*" policy, AdministratorAccess, is
 * judged where it is attached. Customer managed policies are judged by aws.iam.policy-no-full-admin.
 */
export const rule: Rule = {
  id: 'aws.iam.no-administrator-access-attached',
  title: `No IAM user, group or role has the AWS managed ${POLICY} policy attached`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
  rationale:
    `${POLICY} allows every action on every resource. Each principal holding it is a full administrator; ` +
    'keep such access to a few tightly controlled break-glass or organization roles, and grant least privilege elsewhere.',
  remediation: {
    steps: [
      `Review why the principal has ${POLICY} (IAM last-accessed data shows which services it really uses).`,
      'Attach a scoped policy for those services and detach AdministratorAccess.',
      'If it is a deliberate break-glass or organization access role, suppress this finding with a justification.',
    ],
    cli: `aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/${POLICY}  # detach-user-policy / detach-group-policy for users and groups`,
    terraform: `# Remove the aws_iam_*_policy_attachment that references arn:aws:iam::aws:policy/${POLICY}.`,
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html'],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.15' }],
  version: 1,
  evaluate(asset) {
    const attached = principalDetails(asset).AttachedManagedPolicies ?? [];
    const ev = [{ path: 'config.details.AttachedManagedPolicies', observed: attached.map((p) => p.PolicyArn ?? p.PolicyName ?? '?'), expected: `not containing ${POLICY}` }];
    return attached.some((p) => isAwsManagedPolicy(p, POLICY)) ? fail(`${POLICY} is attached`, ev) : pass(`${POLICY} is not attached`, ev);
  },
};
