import type { Rule } from '../../../core/rule.js';
import { BUCKET_TYPE, s3ObjectEventsVerdict } from './support/s3-data-events.js';
import { TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.s3-object-read-events-logged',
  title: 'S3 object-level read events are recorded by CloudTrail for all buckets',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [TRAIL_TYPE, BUCKET_TYPE],
  rationale:
    'Management events do not include GetObject. Without S3 data events you cannot tell which objects were read and by whom, which is what scoping a data exfiltration needs.',
  remediation: {
    steps: ['Add a data event selector for AWS::S3::Object (all buckets, or every bucket) with read events to a logging multi-region trail.'],
    cli: `aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"Name":"S3 reads","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"readOnly","Equals":["true"]}]}]'`,
    terraform: 'resource "aws_cloudtrail" "main" {\n  advanced_event_selector {\n    name = "S3 reads"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n    field_selector {\n      field  = "readOnly"\n      equals = ["true"]\n    }\n  }\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
  // Security Hub S3.23 checks the same; it belongs to the CIS and PCI standards, not FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.9' }],
  version: 1,
  evaluate: (asset, ctx) => s3ObjectEventsVerdict(asset, ctx, 'read'),
};
