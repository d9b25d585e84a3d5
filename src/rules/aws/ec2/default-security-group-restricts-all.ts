import { fail, need, notApplicable, pass, type Rule } from '../../../core/rule.js';
import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { needSecurityGroup, SG_ASPECT } from './support/security-group.js';

export const rule: Rule = {
  id: 'aws.ec2.default-security-group-restricts-all',
  title: 'The default security group of every VPC restricts all traffic',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'Instances launched without an explicit security group land in the VPC default group. If it has rules, they ' +
    'silently get network access nobody designed for them; with no rules, every workload must use a purpose-built group.',
  remediation: {
    steps: [
      'Move resources that use the default security group to least-privilege groups.',
      'Delete every inbound and outbound rule of the default security group (it cannot be deleted itself).',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --security-group-rule-ids <rule-ids>\naws ec2 revoke-security-group-egress --group-id <default-sg-id> --security-group-rule-ids <rule-ids>',
    terraform: '# Adopting the default group with no ingress/egress blocks removes all of its rules.\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.5' },
    { framework: 'aws-fsbp', control: 'EC2.2' },
  ],
  version: 1,
  evaluate(asset) {
    const name = need<SecurityGroup | null>(asset, SG_ASPECT)?.GroupName;
    if (name !== 'default') return notApplicable(`Security group ${asset.name} is not a VPC default security group`);
    const sg = needSecurityGroup(asset);
    const inbound = sg.IpPermissions.length;
    const outbound = sg.IpPermissionsEgress.length;
    const evidence = [
      { path: `config.${SG_ASPECT}.IpPermissions`, observed: inbound, expected: 0 },
      { path: `config.${SG_ASPECT}.IpPermissionsEgress`, observed: outbound, expected: 0 },
    ];
    if (inbound || outbound)
      return fail(`Default security group ${sg.GroupId} of ${sg.VpcId ?? 'its VPC'} has ${inbound} inbound and ${outbound} outbound rule(s)`, evidence);
    return pass(`Default security group ${sg.GroupId} of ${sg.VpcId ?? 'its VPC'} has no rules`, evidence);
  },
};
