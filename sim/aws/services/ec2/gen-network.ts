import type { FlowLog, IpPermission, NetworkAcl, NetworkAclEntry, SecurityGroup, Vpc } from '@aws-sdk/client-ec2';
import { chance, ec2Id, pick, type Rng } from './gen-util.js';

const world4 = (p: Omit<IpPermission, 'IpRanges'>): IpPermission => ({ ...p, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] });
const scoped = (p: Omit<IpPermission, 'IpRanges'>, cidr: string): IpPermission => ({ ...p, IpRanges: [{ CidrIp: cidr }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] });
const tcp = (port: number) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port });
const allOut: IpPermission = world4({ IpProtocol: '-1' });

export interface NetworkPlan {
  vpcs: Vpc[];
  securityGroups: SecurityGroup[];
  networkAcls: NetworkAcl[];
  flowLogs: FlowLog[];
}

/** A VPC with the default security group and network ACL AWS creates with it. */
function vpcWithDefaults(rng: Rng, i: number, accountId: string, out: NetworkPlan): void {
  const VpcId = ec2Id('vpc', rng);
  out.vpcs.push({ VpcId, CidrBlock: `10.${i % 256}.0.0/16`, IsDefault: i === 0, State: 'available', OwnerId: accountId, InstanceTenancy: 'default', Tags: i === 0 ? [] : [{ Key: 'Name', Value: `vpc-${i}` }] });
  const GroupId = ec2Id('sg', rng);
  // 30% of teams have stripped the default group, as CIS asks; the rest keep AWS's self-reference + all egress.
  const stripped = chance(rng, 0.3);
  out.securityGroups.push({
    GroupId, GroupName: 'default', Description: 'default VPC security group', VpcId, OwnerId: accountId,
    IpPermissions: stripped ? [] : [{ IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId, UserId: accountId }] }],
    IpPermissionsEgress: stripped ? [] : [allOut],
  });
  const allowAll: NetworkAclEntry[] = [
    { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
    { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
  ];
  out.networkAcls.push({ NetworkAclId: ec2Id('acl', rng), VpcId, IsDefault: true, OwnerId: accountId, Associations: [], Tags: [], Entries: [...allowAll, ...starEntries()] });
  // Flow logs: 60% capture ALL or REJECT, 10% only ACCEPT, 30% none.
  const r = rng();
  if (r < 0.7)
    out.flowLogs.push({
      FlowLogId: ec2Id('fl', rng), ResourceId: VpcId, FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS',
      TrafficType: r < 0.45 ? 'ALL' : r < 0.6 ? 'REJECT' : 'ACCEPT', LogDestinationType: 's3',
      LogDestination: `arn:aws:s3:::flow-logs-${accountId}`, CreationTime: new Date('2025-03-01T00:00:00Z'),
    });
}

function starEntries(): NetworkAclEntry[] {
  return [
    { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
    { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' },
  ];
}

/** A custom ACL: hardened (deny admin ports before allow-all) or web-only. */
function customAcl(rng: Rng, vpc: Vpc, accountId: string): NetworkAcl {
  const hardened = chance(rng, 0.6);
  const inbound: NetworkAclEntry[] = hardened
    ? [
        { RuleNumber: 10, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
        { RuleNumber: 11, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 3389, To: 3389 } },
        { RuleNumber: 12, Protocol: '17', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 3389, To: 3389 } },
        { RuleNumber: 13, Protocol: '17', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
        { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
      ]
    : [{ RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 443, To: 443 } }];
  return {
    NetworkAclId: ec2Id('acl', rng), VpcId: vpc.VpcId, IsDefault: false, OwnerId: accountId, Associations: [], Tags: [{ Key: 'Name', Value: hardened ? 'hardened' : 'web-only' }],
    Entries: [...inbound, { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' }, ...starEntries()],
  };
}

/** An application security group: mostly scoped, with the usual share of internet-open mistakes. */
function appGroup(rng: Rng, vpc: Vpc, accountId: string, n: number): SecurityGroup {
  const r = rng();
  const ingress: IpPermission[] =
    r < 0.12 ? [world4(tcp(22))]
    : r < 0.17 ? [world4(tcp(3389))]
    : r < 0.21 ? [world4({ IpProtocol: '-1' })]
    : r < 0.27 ? [world4(tcp(pick(rng, [3306, 5432, 1433, 9200, 6379])))]
    : r < 0.3 ? [{ ...tcp(22), IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }], UserIdGroupPairs: [], PrefixListIds: [] }]
    : r < 0.55 ? [world4(tcp(443)), world4(tcp(80))]
    : [scoped(tcp(pick(rng, [22, 443, 5432, 8080])), pick(rng, ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']))];
  return { GroupId: ec2Id('sg', rng), GroupName: `app-${n}`, Description: 'application tier', VpcId: vpc.VpcId, OwnerId: accountId, IpPermissions: ingress, IpPermissionsEgress: [allOut], Tags: [] };
}

/** VPCs with their default group and ACL, `extraGroups` application groups and `extraAcls` custom ACLs. */
export function buildNetwork(rng: Rng, accountId: string, vpcCount: number, extraGroups: number, extraAcls: number): NetworkPlan {
  const plan: NetworkPlan = { vpcs: [], securityGroups: [], networkAcls: [], flowLogs: [] };
  for (let i = 0; i < vpcCount; i++) vpcWithDefaults(rng, i, accountId, plan);
  for (let i = 0; i < extraGroups; i++) plan.securityGroups.push(appGroup(rng, plan.vpcs[i % vpcCount]!, accountId, i));
  for (let i = 0; i < extraAcls; i++) plan.networkAcls.push(customAcl(rng, plan.vpcs[i % vpcCount]!, accountId));
  return plan;
}
