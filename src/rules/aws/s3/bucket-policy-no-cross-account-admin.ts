import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { crossAccountGrants, type PolicyDocument } from '../../../analysis/aws/s3/policy.js';
import { ACCESS_CONTROL_ACTIONS } from '../../../analysis/aws/s3/s3-actions.js';

export const rule: Rule = {
  id: 'aws.s3.bucket-policy-no-cross-account-admin',
  title: 'S3 bucket policy does not let other accounts change the bucket\'s access controls',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'A principal in another account (or everyone) allowed to rewrite the bucket policy or ACLs, change encryption, lift the public access block or delete the bucket can take the bucket over. Wildcards such as s3:*, s3:Put* and s3:Delete* grant these actions too.',
  remediation: {
    steps: [
      'Find the statements named in the evidence and remove the listed actions from them, or narrow the principal to the owner account.',
      'Grant other accounts only the data actions they need (for example s3:GetObject, s3:PutObject).',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <BUCKET> --policy file://policy-without-cross-account-admin.json',
    terraform: 'data "aws_iam_policy_document" "bucket" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::<PARTNER_ACCOUNT>:role/<ROLE>"]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'S3.6' }],
  version: 1,
  evaluate(asset) {
    const doc = need<PolicyDocument | null>(asset, 'policy');
    const expected = `no grant of ${ACCESS_CONTROL_ACTIONS.join(', ')} outside account ${asset.account}`;
    if (!doc) return pass('The bucket has no policy, so it grants nothing to other accounts', [{ path: 'config.policy', observed: null, expected }]);
    const grants = crossAccountGrants(doc, asset.id, asset.account, ACCESS_CONTROL_ACTIONS);
    if (!grants.length) return pass('No policy statement gives another account access-control actions on the bucket', [{ path: 'config.policy.Statement', observed: 'no such grant', expected }]);
    const evidence = grants.map((g) => ({ path: `config.policy.Statement[${g.index}]`, observed: { Sid: g.sid ?? null, Principal: g.principals, Actions: g.actions }, expected }));
    const what = grants.map((g) => `statement ${g.sid ?? g.index} lets ${g.principals.join(', ')} ${g.actions.join(', ')}`).join('; ');
    return fail(`The bucket policy hands control to other accounts: ${what}`, evidence);
  },
};
