import type { FlowLog } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';

/** Traffic types that record rejected packets, which is what CIS and EC2.6 ask for. */
const CAPTURES_REJECTS = new Set(['REJECT', 'ALL']);

function summary(f: FlowLog) {
  return { FlowLogId: f.FlowLogId, TrafficType: f.TrafficType, FlowLogStatus: f.FlowLogStatus, DeliverLogsStatus: f.DeliverLogsStatus ?? null, LogDestinationType: f.LogDestinationType ?? null };
}

export const rule: Rule = {
  id: 'aws.ec2.vpc-flow-logs-enabled',
  title: 'VPC flow logging is enabled for rejected traffic in every VPC',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::VPC'],
  rationale:
    'Flow logs of rejected packets are the record of scanning, lateral movement attempts and exfiltration ' +
    'blocked at the network layer; without them an investigation has no network evidence.',
  remediation: {
    steps: [
      'Create a flow log for the VPC with traffic type REJECT or ALL.',
      'Deliver it to CloudWatch Logs or S3 with a role or bucket policy that lets delivery succeed.',
    ],
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>',
    terraform: 'resource "aws_flow_log" "vpc" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "REJECT"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.7' },
    { framework: 'aws-fsbp', control: 'EC2.6' },
  ],
  version: 1,
  evaluate(asset) {
    const logs = need<FlowLog[] | null>(asset, 'flowLogs');
    if (!Array.isArray(logs)) throw new MissingData('flow logs of the VPC were not listed', [{ path: 'config.flowLogs', observed: logs, expected: 'a list of flow logs' }]);
    const effective = logs.filter(
      // A flow log whose delivery fails records nothing anyone can read, so it does not count.
      (f) => f.FlowLogStatus === 'ACTIVE' && CAPTURES_REJECTS.has(f.TrafficType ?? '') && f.DeliverLogsStatus !== 'FAILED',
    );
    const evidence = [{ path: 'config.flowLogs', observed: logs.map(summary), expected: 'an ACTIVE flow log with TrafficType REJECT or ALL that delivers' }];
    if (effective.length) return pass(`VPC ${asset.name} has ${effective.length} active flow log(s) capturing rejected traffic`, evidence);
    if (!logs.length) return fail(`VPC ${asset.name} has no flow log`, evidence);
    return fail(`VPC ${asset.name} has ${logs.length} flow log(s) but none active, delivering and capturing rejected traffic`, evidence);
  },
};
