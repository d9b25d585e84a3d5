import { fail, needAll, pass, unknown, type Rule } from '../../../core/rule.js';
import { isAwsManagedPolicy, type PrincipalDetails } from './support/principal-details.js';

const POLICY = 'AWSSupportAccess';

export const rule: Rule = {
  id: 'aws.iam.support-role-exists',
  title: `A role with ${POLICY} exists to manage incidents with AWS Support`,
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: ['AWS::IAM::Role'],
  rationale:
    'During an incident, someone must be able to open and follow AWS Support cases without being given ' +
    'broad administrator rights or the root password. A dedicated role with AWSSupportAccess provides that.',
  remediation: {
    steps: [
      'Create a role trusted by the people or identity provider who handle incidents.',
      `Attach the AWS managed policy ${POLICY} to it.`,
    ],
    cli: `aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json\naws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/${POLICY}`,
    terraform: `resource "aws_iam_role_policy_attachment" "support" {\n  role       = aws_iam_role.support.name\n  policy_arn = "arn:aws:iam::aws:policy/${POLICY}"\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-18',
  ],
  // Security Hub checks this as IAM.18, a control of its CIS standards, not of FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.16' }],
  version: 1,
  evaluate(asset, ctx) {
    const roles = needAll(ctx, 'AWS::IAM::Role', { account: asset.account });
    const withSupport = roles.filter((r) => ((r.config.details as PrincipalDetails | undefined)?.AttachedManagedPolicies ?? []).some((p) => isAwsManagedPolicy(p, POLICY)));
    const ev = [{ path: 'AWS::IAM::Role[].config.details.AttachedManagedPolicies', observed: withSupport.map((r) => r.name), expected: `at least one role with ${POLICY}` }];
    if (withSupport.length > 0) return pass(`${POLICY} is attached to: ${withSupport.map((r) => r.name).join(', ')}`, ev);
    const uncollected = roles.filter((r) => !('details' in r.config));
    if (uncollected.length > 0) return unknown(`No role seen with ${POLICY}, but ${uncollected.length} role(s) have no collected details`, ev);
    return fail(`None of the account's ${roles.length} role(s) has ${POLICY} attached`, ev);
  },
};
