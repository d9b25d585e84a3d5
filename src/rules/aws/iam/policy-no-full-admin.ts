import { fail, pass, type Rule } from '../../../core/rule.js';
import { defaultDocument, managedPolicy } from './support/managed-policy.js';
import { fullAdminGrants, type AdminGrant } from './support/policy-document.js';

function describe(g: AdminGrant): string {
  const where = g.sid ? `statement ${g.index} (${g.sid})` : `statement ${g.index}`;
  const form = g.form === 'Action' ? 'Action "*" on Resource "*"' : g.form === 'NotAction' ? 'NotAction on Resource "*" that leaves IAM allowed' : 'Action "*" with NotResource';
  return `${where}: ${form}${g.conditional ? ' (with conditions)' : ''}`;
}

export const rule: Rule = {
  id: 'aws.iam.policy-no-full-admin',
  title: 'No attached customer managed policy grants full "*:*" administrative privileges',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::IAM::Policy'],
  rationale:
    'A policy allowing every action on every resource makes whoever holds it an administrator, usually far ' +
    'beyond what their task needs. NotAction or NotResource forms that still allow IAM are just as broad: ' +
    'the holder can grant itself the rest. Start from least privilege and add permissions as needed.',
  remediation: {
    steps: [
      'Find who uses the policy: aws iam list-entities-for-policy --policy-arn <arn>.',
      'Replace the "*" statement with the actions and resources those principals actually need (IAM Access Analyzer can generate a policy from CloudTrail activity).',
      'If an administrator is truly needed, use a few tightly controlled roles rather than a broadly attached policy.',
    ],
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
    terraform: 'data "aws_iam_policy_document" "scoped" {\n  statement {\n    actions   = ["s3:GetObject"]          # what the task needs, never "*"\n    resources = ["arn:aws:s3:::my-bucket/*"]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.15' },
    { framework: 'aws-fsbp', control: 'IAM.1' },
  ],
  version: 1,
  evaluate(asset) {
    const policy = managedPolicy(asset);
    const { document, path } = defaultDocument(policy);
    const grants = fullAdminGrants(document) ?? [];
    const attachments = policy.AttachmentCount;
    const ev = [
      { path: `${path}.Statement`, observed: grants.map(describe), expected: 'no full-admin statement' },
      { path: 'config.policy.AttachmentCount', observed: attachments ?? null, expected: grants.length ? 0 : 'any' },
    ];
    if (grants.length === 0) return pass('The default version grants no full administrative access', ev);
    if (attachments === 0) return pass(`The policy grants full administrative access but is attached to nothing (${grants.map(describe).join('; ')})`, ev);
    return fail(`The policy grants full administrative access and is attached to ${attachments ?? 'an unknown number of'} principal(s): ${grants.map(describe).join('; ')}`, ev);
  },
};
