import { fail, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { describeRange } from './support/network.js';
import { needSecurityGroup, SG_ASPECT, worldIngress, type WorldIngress } from './support/security-group.js';

/** Security Hub's default authorizedTcpPorts for EC2.18; no UDP port is authorized by default. */
export const AUTHORIZED_TCP_PORTS = [80, 443] as const;

/** True when the grant opens nothing but authorized TCP ports. */
function onlyAuthorized(g: WorldIngress): boolean {
  if (g.protocol !== 'tcp' || !g.ports) return false;
  const { from, to } = g.ports;
  for (let p = from; p <= to; p++) if (!(AUTHORIZED_TCP_PORTS as readonly number[]).includes(p)) return false;
  return true;
}

export const rule: Rule = {
  id: 'aws.ec2.security-group-world-ingress-authorized-ports-only',
  title: 'Security groups only allow unrestricted ingress on authorized ports (TCP 80, 443)',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'Anything a security group opens to 0.0.0.0/0 or ::/0 is reachable by every scanner on the internet. Only the ' +
    'web ports a public service needs should be; everything else (including UDP and all-traffic rules) should be scoped.',
  remediation: {
    steps: [
      'List the inbound rules with a 0.0.0.0/0 or ::/0 source.',
      'Keep those for TCP 80/443 on internet-facing services; scope or delete the others.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.18' }],
  version: 1,
  evaluate(asset) {
    const sg = needSecurityGroup(asset);
    const grants = worldIngress(sg.IpPermissions);
    // ICMP and other port-less protocols are not what this control is about (ping from anywhere is routine).
    const offending = grants.filter((g) => (g.protocol === 'tcp' || g.protocol === 'udp' || g.protocol === 'all') && !onlyAuthorized(g));
    const expected = `internet-wide ingress only on TCP ${AUTHORIZED_TCP_PORTS.join(', ')}`;
    if (offending.length) {
      const evidence: Evidence[] = offending.map((g) => ({
        path: g.path,
        observed: { source: g.source, IpProtocol: g.ipProtocol ?? null, opens: describeRange(g.ports) },
        expected,
      }));
      const what = offending.map((g) => `${g.ipProtocol === '-1' ? 'all traffic' : `${g.protocol} ${describeRange(g.ports)}`} from ${g.source}`);
      return fail(`Security group ${sg.GroupId ?? asset.name} allows unrestricted ingress beyond authorized ports: ${what.join('; ')}`, evidence);
    }
    return pass(
      grants.length
        ? `Internet-wide ingress of ${sg.GroupId ?? asset.name} is limited to authorized ports`
        : `Security group ${sg.GroupId ?? asset.name} has no internet-wide ingress`,
      [{ path: `config.${SG_ASPECT}.IpPermissions`, observed: { rules: sg.IpPermissions.length, worldOpen: grants.length }, expected }],
    );
  },
};
