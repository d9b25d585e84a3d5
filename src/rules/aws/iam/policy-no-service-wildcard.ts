import { fail, pass, type Rule } from '../../../core/rule.js';
import { defaultDocument, managedPolicy } from './support/managed-policy.js';
import { serviceWildcardActions } from './support/policy-document.js';

export const rule: Rule = {
  id: 'aws.iam.policy-no-service-wildcard',
  title: 'Customer managed policies do not allow every action of a service ("service:*")',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::IAM::Policy'],
  rationale:
    '"s3:*" or "iam:*" grants every current and future action of the service, including destructive and ' +
    'permission-changing ones. Listing the actions needed keeps the policy least-privilege as services grow.',
  remediation: {
    steps: [
      'Replace each "service:*" action with the specific actions (or narrow prefixes such as "s3:Get*") the principals need.',
      'Use IAM Access Analyzer policy generation or last-accessed data to find them.',
    ],
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped.json --set-as-default',
    terraform: 'data "aws_iam_policy_document" "scoped" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject"] # not "s3:*"\n    resources = ["arn:aws:s3:::my-bucket/*"]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'IAM.21' }],
  version: 1,
  evaluate(asset) {
    const { document, path } = defaultDocument(managedPolicy(asset));
    const hits = serviceWildcardActions(document) ?? [];
    const ev = [{ path: `${path}.Statement`, observed: hits.map((h) => `statement ${h.index}: ${h.action}`), expected: 'no service:* actions in Allow statements' }];
    return hits.length === 0 ? pass('No Allow statement grants a whole service', ev) : fail(`Allow statements grant whole services: ${[...new Set(hits.map((h) => h.action))].join(', ')}`, ev);
  },
};
