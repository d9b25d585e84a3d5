import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { INSTANCE_ASPECT, isGone, needInstance } from './support/instance.js';

export const rule: Rule = {
  id: 'aws.ec2.instance-no-public-ipv4',
  title: 'EC2 instances do not have a public IPv4 address',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::Instance'],
  rationale:
    'An instance with a public IPv4 address is directly reachable from the internet whenever a security group or ' +
    'ACL allows it. Serving through a load balancer, NAT or VPC endpoints keeps instances off the internet.',
  remediation: {
    steps: [
      'Move the workload behind a load balancer or NAT gateway in a private subnet.',
      'Disassociate Elastic IPs and launch replacements with AssociatePublicIpAddress=false.',
      'Turn off auto-assign public IPv4 on the subnet.',
    ],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'resource "aws_instance" "app" {\n  # ...\n  associate_public_ip_address = false\n  subnet_id                   = aws_subnet.private.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.9' }],
  version: 1,
  evaluate(asset) {
    const instance = needInstance(asset);
    if (isGone(instance)) return notApplicable(`Instance ${instance.InstanceId} is ${instance.State.Name}`);
    const evidence = [{ path: `config.${INSTANCE_ASPECT}.PublicIpAddress`, observed: instance.PublicIpAddress ?? null, expected: null }];
    return instance.PublicIpAddress
      ? fail(`Instance ${instance.InstanceId} has public IPv4 address ${instance.PublicIpAddress}`, evidence)
      : pass(`Instance ${instance.InstanceId} has no public IPv4 address`, evidence);
  },
};
