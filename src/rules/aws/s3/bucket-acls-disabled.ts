import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface OwnershipControls {
  Rules?: Array<{ ObjectOwnership?: string }>;
}

export const rule: Rule = {
  id: 'aws.s3.bucket-acls-disabled',
  title: 'S3 bucket has ACLs disabled (object ownership BucketOwnerEnforced)',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'ACLs are a legacy second permission system next to IAM and bucket policies; objects uploaded by other accounts stay theirs and ACL grants are easy to overlook. BucketOwnerEnforced turns ACLs off so that policies alone decide access and the bucket owner owns every object.',
  remediation: {
    steps: [
      'Review bucket and object ACLs for grants that must be moved into the bucket policy.',
      'Set object ownership to BucketOwnerEnforced.',
    ],
    cli: 'aws s3api put-bucket-ownership-controls --bucket <BUCKET> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'S3.12' }],
  version: 1,
  evaluate(asset) {
    const oc = need<OwnershipControls | null>(asset, 'ownershipControls');
    const ownership = oc?.Rules?.[0]?.ObjectOwnership ?? null;
    const evidence = [{ path: 'config.ownershipControls.Rules[0].ObjectOwnership', observed: ownership, expected: 'BucketOwnerEnforced' }];
    if (ownership === 'BucketOwnerEnforced') return pass('ACLs are disabled: the bucket owner owns every object and only policies grant access', evidence);
    // No ownership controls at all is the pre-2023 default: ObjectWriter, ACLs in force.
    if (!oc) return fail('No object ownership controls are set, so ACLs are in force (ObjectWriter)', evidence);
    return fail(`Object ownership is ${ownership}, so ACLs are still in force`, evidence);
  },
};
