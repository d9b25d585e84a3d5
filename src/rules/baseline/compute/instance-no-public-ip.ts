import type { Rule } from '../../../core/rule.js';
import { fail, pass } from '../../../core/rule.js';
import { needFacet } from '../../../core/facets.js';

export const rule: Rule = {
  id: 'baseline.compute.instance-no-public-ip',
  title: 'Compute instance has no public IP address',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['compute.instance'],
  rationale:
    'An instance with a public address is one firewall mistake away from the internet. Reach instances through load balancers, bastions or identity-aware proxies instead. AWS: public IPv4 on the instance or its interfaces; Azure: public IP resources attached through the VM\'s NICs; GCP: access configs (external IPv4) and external IPv6.',
  remediation: {
    steps: [
      'AWS: launch into private subnets without auto-assigned public IPs; release Elastic IPs; use a load balancer or Session Manager.',
      'Azure: dissociate the public IP from the NIC; use Azure Bastion, a load balancer or Application Gateway.',
      'GCP: remove the access config from the network interface; use IAP TCP forwarding or Cloud NAT for egress. Consider the compute.vmExternalIpAccess organization policy.',
      'Generic: do not request public addresses in IaC (associate_public_ip_address = false, no access_config block).',
    ],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <SUBNET> --no-map-public-ip-on-launch\naz network nic ip-config update -g <RG> --nic-name <NIC> -n ipconfig1 --remove PublicIpAddress\ngcloud compute instances delete-access-config <VM> --zone <ZONE> --access-config-name "external-nat"',
    terraform: 'resource "aws_instance" "i" {\n  # ...\n  associate_public_ip_address = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses',
    'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'AC-4' },
    { framework: 'aws-fsbp', control: 'EC2.9' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '4.9' },
    { framework: 'mcsb', control: 'NS-1' },
  ],
  version: 1,
  evaluate(asset) {
    const ips = needFacet(asset, 'compute.instance', 'publicIps');
    const ev = [{ path: 'facets.publicIps', observed: ips, expected: [] }];
    return ips.length ? fail(`The instance has public address(es): ${ips.join(', ')}`, ev) : pass('The instance has no public address', ev);
  },
};
