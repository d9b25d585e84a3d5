/**
 * `aws_network_acl` / `aws_default_network_acl` (+ `aws_network_acl_rule`) → `AWS::EC2::NetworkAcl` (aspect
 * `networkAcl`, a DescribeNetworkAcls entry with the trailing deny-all entries AWS always adds), and
 * `aws_vpc` / `aws_default_vpc` (+ `aws_flow_log`) → `AWS::EC2::VPC` (aspects `vpc` and `flowLogs`, the
 * DescribeFlowLogs entries attached to the VPC).
 */
import type { NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, blocks, iacId, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, list, num, placement, present, ResourceIndex, str } from './common.js';

/** Network ACLs report protocols as numbers (`6`, `17`, `1`, `-1`); Terraform accepts names too. */
const NACL_PROTOCOLS: Record<string, string> = { all: '-1', '-1': '-1', tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };

function naclProtocol(v: unknown): string | Unknown {
  const p = str(v);
  if (p === undefined) return new Unknown('protocol is not set');
  if (isUnknown(p)) return p;
  return NACL_PROTOCOLS[p.toLowerCase()] ?? p;
}

interface EntryArgs {
  number: unknown;
  action: unknown;
  protocol: unknown;
  egress: boolean | Unknown;
  v4: unknown;
  v6: unknown;
  from: unknown;
  to: unknown;
  icmpType: unknown;
  icmpCode: unknown;
}

function entry(a: EntryArgs): NetworkAclEntry {
  const protocol = naclProtocol(a.protocol);
  const action = str(a.action);
  const e: Record<string, unknown> = {
    RuleNumber: num(a.number),
    RuleAction: isUnknown(action) ? action : action?.toLowerCase(),
    Protocol: protocol,
    Egress: a.egress,
    CidrBlock: a.v4 === '' ? undefined : (a.v4 ?? undefined),
    Ipv6CidrBlock: a.v6 === '' ? undefined : (a.v6 ?? undefined),
  };
  if (protocol === '6' || protocol === '17' || isUnknown(protocol)) e.PortRange = { From: num(a.from), To: num(a.to) };
  if (protocol === '1' || protocol === '58') e.IcmpTypeCode = compact({ Type: num(a.icmpType), Code: num(a.icmpCode) });
  return compact(e) as NetworkAclEntry;
}

/** The "*" entries (rule 32767) every network ACL ends with: deny everything not matched, both directions. */
const DEFAULT_DENY: NetworkAclEntry[] = [false, true].map((Egress) => ({ RuleNumber: 32767, RuleAction: 'deny', Protocol: '-1', Egress, CidrBlock: '0.0.0.0/0' }));

function mapAcl(acl: IacResource, rules: IacResource[], ctx: MapContext): Asset {
  const v = acl.values;
  const { region, account } = placement(acl);
  const tags = awsTags(acl);
  const isDefault = acl.type === 'aws_default_network_acl';
  const b = new AssetBuilder({ provider: 'aws', id: iacId(acl), type: 'AWS::EC2::NetworkAcl', kind: 'network.acl', name: tags.Name ?? acl.address, account, region, tags }, acl, ctx, 'ec2');
  b.aspect('networkAcl', () => {
    const inline = (dir: 'ingress' | 'egress') =>
      isUnknown(v[dir])
        ? [v[dir] as Unknown]
        : blocks(v[dir]).map((x) => entry({ number: x.rule_no, action: x.action, protocol: x.protocol, egress: dir === 'egress', v4: x.cidr_block, v6: x.ipv6_cidr_block, from: x.from_port, to: x.to_port, icmpType: x.icmp_type, icmpCode: x.icmp_code }));
    const entries: unknown[] = [...inline('ingress'), ...inline('egress')];
    for (const r of rules) {
      const x = r.values;
      entries.push(entry({ number: x.rule_number, action: x.rule_action, protocol: x.protocol, egress: bool(x.egress, false), v4: x.cidr_block, v6: x.ipv6_cidr_block, from: x.from_port, to: x.to_port, icmpType: x.icmp_type, icmpCode: x.icmp_code }));
    }
    entries.push(...DEFAULT_DENY.map((e) => ({ ...e })));
    const subnets = list(isDefault ? v.subnet_ids : v.subnet_ids);
    return compact({
      IsDefault: isDefault,
      VpcId: ifKnown(str(v.vpc_id)),
      Entries: entries,
      Associations: isUnknown(subnets) ? [] : subnets.filter((s): s is string => typeof s === 'string').map((SubnetId) => ({ SubnetId })),
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    });
  });
  return b.build();
}

/** One `aws_flow_log` as DescribeFlowLogs reports it once created (active; delivery not yet known to fail). */
function flowLog(r: IacResource): Record<string, unknown> {
  const v = r.values;
  const destinationType = str(v.log_destination_type, 'cloud-watch-logs');
  return compact({
    FlowLogStatus: 'ACTIVE',
    TrafficType: str(v.traffic_type),
    LogDestinationType: destinationType,
    LogDestination: ifKnown(str(v.log_destination)),
    LogGroupName: ifKnown(str(v.log_group_name)),
    DeliverLogsPermissionArn: ifKnown(str(present(v.iam_role_arn))),
    MaxAggregationInterval: ifKnown(num(v.max_aggregation_interval, 600)),
    LogFormat: ifKnown(str(v.log_format)),
    Tags: Object.entries(awsTags(r)).map(([Key, Value]) => ({ Key, Value })),
  });
}

function mapVpc(vpc: IacResource, logs: IacResource[], ctx: MapContext): Asset {
  const v = vpc.values;
  const { region, account } = placement(vpc);
  const tags = awsTags(vpc);
  const isDefault = vpc.type === 'aws_default_vpc';
  const b = new AssetBuilder({ provider: 'aws', id: iacId(vpc), type: 'AWS::EC2::VPC', kind: 'network.vpc', name: tags.Name ?? vpc.address, account, region, tags }, vpc, ctx, 'ec2');
  b.aspect('vpc', () =>
    compact({
      CidrBlock: ifKnown(str(v.cidr_block)),
      IsDefault: isDefault,
      InstanceTenancy: ifKnown(str(v.instance_tenancy, 'default')),
      State: 'available',
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    }),
  );
  b.aspect('flowLogs', () => logs.map(flowLog));
  return b.build();
}

const ACL_TYPES = ['aws_network_acl', 'aws_default_network_acl'];
const VPC_TYPES = ['aws_vpc', 'aws_default_vpc'];

export const networkMapper: IacMapper = {
  provider: 'aws',
  types: [...ACL_TYPES, 'aws_network_acl_rule', ...VPC_TYPES, 'aws_flow_log'],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const rulesOf = index.children(['aws_network_acl_rule'], 'network_acl_id', ACL_TYPES, ['id']);
    const logsOf = index.children(['aws_flow_log'], 'vpc_id', VPC_TYPES, ['id']);
    const out: Asset[] = [];
    for (const acl of index.of(...ACL_TYPES)) if (acl.mode === 'managed') out.push(mapAcl(acl, rulesOf.get(acl) ?? [], ctx));
    for (const vpc of index.of(...VPC_TYPES)) if (vpc.mode === 'managed') out.push(mapVpc(vpc, logsOf.get(vpc) ?? [], ctx));
    return out;
  },
};
