import type { Rule } from '../../../core/rule.js';
import { BUCKET_TYPE, s3ObjectEventsVerdict } from './support/s3-data-events.js';
import { TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.s3-object-write-events-logged',
  title: 'S3 object-level write events are recorded by CloudTrail for all buckets',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [TRAIL_TYPE, BUCKET_TYPE],
  rationale:
    'Management events do not include PutObject or DeleteObject. Without S3 data events you cannot tell who wrote, overwrote or deleted which objects, which is exactly what a ransomware or tampering investigation needs.',
  remediation: {
    steps: ['Add a data event selector for AWS::S3::Object (all buckets, or every bucket) with write events to a logging multi-region trail.'],
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"Name":"S3 writes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["false"]}]}]'`,
    terraform: 'resource "aws_cloudtrail" "main" {\n  advanced_event_selector {\n    name = "S3 writes"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n    field_selector {\n      field  = "readOnly"\n      equals = ["false"]\n    }\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
  // Security Hub S3.22 checks the same; it belongs to the CIS and PCI standards, not FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.8' }],
  version: 1,
  evaluate: (asset, ctx) => s3ObjectEventsVerdict(asset, ctx, 'write'),
};
