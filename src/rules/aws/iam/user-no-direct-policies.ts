import { fail, pass, type Rule } from '../../../core/rule.js';
import { principalDetails } from './support/principal-details.js';

export const rule: Rule = {
  id: 'aws.iam.user-no-direct-policies',
  title: 'IAM users receive permissions only through groups',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::IAM::User'],
  rationale:
    'Policies attached to individual users scatter permissions across many identities, so reviews miss ' +
    'them and leavers keep them. Granting through groups (or roles) keeps access in a few reviewable places.',
  remediation: {
    steps: [
      'Create or pick a group that carries the permissions the user needs and add the user to it.',
      'Detach the managed policies and delete the inline policies from the user.',
    ],
    cli: 'aws iam add-user-to-group --group-name <group> --user-name <user>\naws iam detach-user-policy --user-name <user> --policy-arn <arn>\naws iam delete-user-policy --user-name <user> --policy-name <name>',
    terraform: 'resource "aws_iam_user_group_membership" "this" {\n  user   = aws_iam_user.this.name\n  groups = [aws_iam_group.developers.name]\n}\n# and remove aws_iam_user_policy / aws_iam_user_policy_attachment resources for the user',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.14' },
    { framework: 'aws-fsbp', control: 'IAM.2' },
  ],
  version: 1,
  evaluate(asset) {
    const d = principalDetails(asset);
    const attached = (d.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn ?? p.PolicyName ?? '?');
    const inline = (d.UserPolicyList ?? []).map((p) => p.PolicyName ?? '?');
    const ev = [
      { path: 'config.details.AttachedManagedPolicies', observed: attached, expected: [] },
      { path: 'config.details.UserPolicyList', observed: inline, expected: [] },
    ];
    if (attached.length === 0 && inline.length === 0) return pass('The user has no attached or inline policies', ev);
    const parts = [attached.length ? `attached: ${attached.join(', ')}` : '', inline.length ? `inline: ${inline.join(', ')}` : ''].filter(Boolean);
    return fail(`The user has policies of its own (${parts.join('; ')})`, ev);
  },
};
