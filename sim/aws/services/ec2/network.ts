import type {
  DescribeFlowLogsCommandInput,
  DescribeFlowLogsCommandOutput,
  DescribeNetworkAclsCommandInput,
  DescribeNetworkAclsCommandOutput,
  DescribeSecurityGroupsCommandInput,
  DescribeSecurityGroupsCommandOutput,
  DescribeVpcsCommandInput,
  DescribeVpcsCommandOutput,
  FlowLog,
  NetworkAcl,
  SecurityGroup,
  Vpc,
} from '@aws-sdk/client-ec2';
import type { SimContext, SimHandler } from '../../service.js';
import { applyFilters, selectIds, type FilterAccessor } from './filters.js';
import { DESCRIBE_1000, ec2Page } from './paging.js';
import type { Ec2Section } from './section.js';

type Out<T> = Omit<T, '$metadata'>;

const section = (ctx: SimContext) => ctx.regional<Ec2Section>('ec2');
const next = (token: string | undefined) => (token ? { NextToken: token } : {});

const SG_FILTERS: Record<string, FilterAccessor<SecurityGroup>> = {
  'group-id': (g) => g.GroupId,
  'group-name': (g) => g.GroupName,
  'vpc-id': (g) => g.VpcId,
  'owner-id': (g) => g.OwnerId,
  'ip-permission.cidr': (g) => (g.IpPermissions ?? []).flatMap((p) => (p.IpRanges ?? []).map((r) => r.CidrIp)),
  'ip-permission.ipv6-cidr': (g) => (g.IpPermissions ?? []).flatMap((p) => (p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6)),
};

/** DescribeSecurityGroups (MaxResults 5..1000). Rule lists are always present, empty when the group has none. */
export const describeSecurityGroups: SimHandler = (input: DescribeSecurityGroupsCommandInput, ctx): Out<DescribeSecurityGroupsCommandOutput> => {
  let groups = (section(ctx).securityGroups ?? []).map((g) => ({ OwnerId: ctx.account.id, ...g, IpPermissions: g.IpPermissions ?? [], IpPermissionsEgress: g.IpPermissionsEgress ?? [] }));
  groups = selectIds(groups, input.GroupIds, (g) => g.GroupId, 'InvalidGroup.NotFound', 'security group');
  if (input.GroupNames?.length) groups = selectIds(groups, input.GroupNames, (g) => g.GroupName, 'InvalidGroup.NotFound', 'security group');
  const page = ec2Page(applyFilters(groups, input.Filters, SG_FILTERS), input, DESCRIBE_1000);
  return { SecurityGroups: page.items, ...next(page.NextToken) };
};

const ACL_FILTERS: Record<string, FilterAccessor<NetworkAcl>> = {
  'network-acl-id': (a) => a.NetworkAclId,
  'vpc-id': (a) => a.VpcId,
  default: (a) => String(a.IsDefault ?? false),
  'association.subnet-id': (a) => (a.Associations ?? []).map((s) => s.SubnetId),
  'owner-id': (a) => a.OwnerId,
};

/** DescribeNetworkAcls (MaxResults 5..1000). */
export const describeNetworkAcls: SimHandler = (input: DescribeNetworkAclsCommandInput, ctx): Out<DescribeNetworkAclsCommandOutput> => {
  let acls = (section(ctx).networkAcls ?? []).map((a) => ({ OwnerId: ctx.account.id, Associations: [], Tags: [], ...a, Entries: a.Entries ?? [] }));
  acls = selectIds(acls, input.NetworkAclIds, (a) => a.NetworkAclId, 'InvalidNetworkAclID.NotFound', 'network ACL');
  const page = ec2Page(applyFilters(acls, input.Filters, ACL_FILTERS), input, DESCRIBE_1000);
  return { NetworkAcls: page.items, ...next(page.NextToken) };
};

const VPC_FILTERS: Record<string, FilterAccessor<Vpc>> = {
  'vpc-id': (v) => v.VpcId,
  'is-default': (v) => String(v.IsDefault ?? false),
  state: (v) => v.State,
  'cidr-block': (v) => v.CidrBlock,
  'owner-id': (v) => v.OwnerId,
};

/** DescribeVpcs (MaxResults 5..1000). */
export const describeVpcs: SimHandler = (input: DescribeVpcsCommandInput, ctx): Out<DescribeVpcsCommandOutput> => {
  let vpcs = (section(ctx).vpcs ?? []).map((v) => ({ OwnerId: ctx.account.id, State: 'available' as const, ...v }));
  vpcs = selectIds(vpcs, input.VpcIds, (v) => v.VpcId, 'InvalidVpcID.NotFound', 'vpc');
  const page = ec2Page(applyFilters(vpcs, input.Filters, VPC_FILTERS), input, DESCRIBE_1000);
  return { Vpcs: page.items, ...next(page.NextToken) };
};

const FLOW_LOG_FILTERS: Record<string, FilterAccessor<FlowLog>> = {
  'flow-log-id': (f) => f.FlowLogId,
  'resource-id': (f) => f.ResourceId,
  'traffic-type': (f) => f.TrafficType,
  'deliver-log-status': (f) => f.DeliverLogsStatus,
  'log-destination-type': (f) => f.LogDestinationType,
  'log-group-name': (f) => f.LogGroupName,
};

/** DescribeFlowLogs (MaxResults up to 1000). Unknown FlowLogIds are simply not returned, as in EC2. */
export const describeFlowLogs: SimHandler = (input: DescribeFlowLogsCommandInput, ctx): Out<DescribeFlowLogsCommandOutput> => {
  const ids = input.FlowLogIds?.length ? new Set(input.FlowLogIds) : undefined;
  const logs = (section(ctx).flowLogs ?? []).filter((f) => !ids || ids.has(f.FlowLogId ?? ''));
  const page = ec2Page(applyFilters(logs, input.Filter, FLOW_LOG_FILTERS), input, { min: 1, max: 1000, above: 'reject' });
  return { FlowLogs: page.items, ...next(page.NextToken) };
};
