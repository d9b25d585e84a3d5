import { fail, pass, unknown, type Rule } from '../../../core/rule.js';
import { ownedElsewhere, trailOf, TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.log-file-validation-enabled',
  title: 'CloudTrail trails have log file integrity validation enabled',
  severity: 'low',
  providers: ['aws'],
  types: [TRAIL_TYPE],
  rationale:
    'With validation on, CloudTrail writes signed hourly digest files, so you can prove that delivered log files were not modified or deleted after delivery, which an intruder covering their tracks would try.',
  remediation: {
    steps: ['Update the trail to enable log file validation.'],
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    terraform: 'resource "aws_cloudtrail" "main" {\n  enable_log_file_validation = true\n}',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.2' },
    { framework: 'aws-fsbp', control: 'CloudTrail.4' },
  ],
  version: 1,
  evaluate(asset) {
    const elsewhere = ownedElsewhere(asset);
    if (elsewhere) return elsewhere;
    const t = trailOf(asset);
    const ev = [{ path: 'config.trail.LogFileValidationEnabled', observed: t.LogFileValidationEnabled ?? null, expected: true }];
    if (t.LogFileValidationEnabled === undefined) return unknown('LogFileValidationEnabled was not reported', ev);
    return t.LogFileValidationEnabled ? pass('Log file validation is enabled', ev) : fail('Log file validation is disabled', ev);
  },
};
