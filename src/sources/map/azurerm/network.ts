/**
 * Network security groups (inline `security_rule` blocks and `azurerm_network_security_rule`, with the
 * subnets and NICs associated to them and the flow logs that target them), flow logs and public IP
 * addresses, as the `azure.network.*` collectors store them. Virtual networks and NICs have no asset of
 * their own (no live collector makes one): they are read for the joins (NSG in use, a VM's public IPs).
 */
import type { Asset } from '../../../core/asset.js';
import { Unknown, isUnknown, type IacResource } from '../../model.js';
import { block, blocks, tagMap, type MapContext } from '../kit.js';
import { builder, list, loose, or, regionFrom, type Graph } from './common.js';

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';
export const FLOW_LOG_TYPE = 'Microsoft.Network/networkWatchers/flowLogs';
export const PUBLIC_IP_TYPE = 'Microsoft.Network/publicIPAddresses';

export const NETWORK_TYPES = [
  'azurerm_network_security_group',
  'azurerm_network_security_rule',
  'azurerm_network_watcher_flow_log',
  'azurerm_public_ip',
  'azurerm_virtual_network',
  'azurerm_subnet',
  'azurerm_network_interface',
  'azurerm_subnet_network_security_group_association',
  'azurerm_network_interface_security_group_association',
  'azurerm_nat_gateway_public_ip_association',
  'azurerm_private_endpoint',
  'azurerm_network_watcher',
  'azurerm_lb',
  'azurerm_application_gateway',
  'azurerm_virtual_network_gateway',
  'azurerm_firewall',
  'azurerm_bastion_host',
] as const;

const NSG = ['azurerm_network_security_group'];

/** The rules Azure adds to every NSG (NetworkSecurityGroup.defaultSecurityRules). */
export const DEFAULT_SECURITY_RULES = [
  ['AllowVnetInBound', 'Inbound', 'Allow', 65000, 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowAzureLoadBalancerInBound', 'Inbound', 'Allow', 65001, 'AzureLoadBalancer', '*'],
  ['DenyAllInBound', 'Inbound', 'Deny', 65500, '*', '*'],
  ['AllowVnetOutBound', 'Outbound', 'Allow', 65000, 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowInternetOutBound', 'Outbound', 'Allow', 65001, '*', 'Internet'],
  ['DenyAllOutBound', 'Outbound', 'Deny', 65500, '*', '*'],
].map(([name, direction, access, priority, source, destination]) => ({
  name,
  protocol: '*',
  sourcePortRange: '*',
  destinationPortRange: '*',
  sourceAddressPrefix: source,
  destinationAddressPrefix: destination,
  sourcePortRanges: [],
  destinationPortRanges: [],
  sourceAddressPrefixes: [],
  destinationAddressPrefixes: [],
  access,
  priority,
  direction,
}));

/** A SecurityRule from an inline `security_rule` block or an `azurerm_network_security_rule`. */
function securityRule(v: Record<string, unknown>, g: Graph, nsgId: string | undefined): Record<string, unknown> {
  const name = v.name;
  const asgs = (x: unknown) => {
    const l = list(x);
    return isUnknown(l) ? l : l.map((id) => ({ id: g.refId(id) }));
  };
  const rule: Record<string, unknown> = {
    ...(nsgId && typeof name === 'string' ? { id: `${nsgId}/securityRules/${name}` } : {}),
    name,
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    protocol: v.protocol,
    sourcePortRanges: list(v.source_port_ranges),
    destinationPortRanges: list(v.destination_port_ranges),
    sourceAddressPrefixes: list(v.source_address_prefixes),
    destinationAddressPrefixes: list(v.destination_address_prefixes),
    access: v.access,
    priority: v.priority,
    direction: v.direction,
  };
  if (v.source_port_range !== undefined) rule.sourcePortRange = v.source_port_range;
  if (v.destination_port_range !== undefined) rule.destinationPortRange = v.destination_port_range;
  if (v.source_address_prefix !== undefined) rule.sourceAddressPrefix = v.source_address_prefix;
  if (v.destination_address_prefix !== undefined) rule.destinationAddressPrefix = v.destination_address_prefix;
  if (v.description !== undefined) rule.description = v.description;
  if (v.source_application_security_group_ids !== undefined) rule.sourceApplicationSecurityGroups = asgs(v.source_application_security_group_ids);
  if (v.destination_application_security_group_ids !== undefined) rule.destinationApplicationSecurityGroups = asgs(v.destination_application_security_group_ids);
  return rule;
}

/** A FlowLog model from `azurerm_network_watcher_flow_log`. */
function flowLogModel(f: IacResource, g: Graph): Record<string, unknown> {
  const v = f.values;
  const rp = block(v.retention_policy);
  const ta = block(v.traffic_analytics);
  return {
    ...(g.armId(f) ? { id: g.armId(f) } : {}),
    name: loose(v.name),
    type: FLOW_LOG_TYPE,
    location: flowLogLocation(f, g),
    targetResourceId: g.refId(v.target_resource_id ?? v.network_security_group_id),
    storageId: g.refId(v.storage_account_id),
    enabled: or(v.enabled, true),
    retentionPolicy: rp ? { days: or(rp.days, 0), enabled: rp.enabled } : { days: 0, enabled: false },
    format: { type: 'JSON', version: or(v.version, 1) },
    ...(ta
      ? {
          flowAnalyticsConfiguration: {
            networkWatcherFlowAnalyticsConfiguration: { enabled: ta.enabled, workspaceId: ta.workspace_id, workspaceRegion: ta.workspace_region, workspaceResourceId: g.refId(ta.workspace_resource_id), trafficAnalyticsInterval: or(ta.interval_in_minutes, 60) },
          },
        }
      : {}),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
  };
}

/** A flow log's location: its own, else its network watcher's. */
function flowLogLocation(f: IacResource, g: Graph): unknown {
  if (f.values.location !== undefined) return f.values.location;
  const watcher = g.parentOf(f, ['azurerm_network_watcher'], ['network_watcher_name']);
  return watcher?.values.location;
}

/**
 * Which resource's ip configuration a public IP is attached to, by the blocks that name it through
 * `public_ip_address_id`: NICs, load balancer frontends, gateways, firewalls, bastions.
 */
const IP_HOLDERS: Array<[string, string, string]> = [
  ['azurerm_network_interface', 'ip_configuration', 'ipConfigurations'],
  ['azurerm_lb', 'frontend_ip_configuration', 'frontendIPConfigurations'],
  ['azurerm_application_gateway', 'frontend_ip_configuration', 'frontendIPConfigurations'],
  ['azurerm_virtual_network_gateway', 'ip_configuration', 'ipConfigurations'],
  ['azurerm_firewall', 'ip_configuration', 'ipConfigurations'],
  ['azurerm_bastion_host', 'ip_configuration', 'bastionHostIpConfigurations'],
];

/** The PublicIPAddress model (the address itself is allocated on apply and left out). */
export function publicIpModel(ip: IacResource, g: Graph, attachments?: Map<IacResource, Record<string, unknown>>): Record<string, unknown> {
  const v = ip.values;
  const model: Record<string, unknown> = {
    ...(g.armId(ip) ? { id: g.armId(ip) } : {}),
    name: loose(v.name),
    type: PUBLIC_IP_TYPE,
    location: loose(v.location),
    publicIPAllocationMethod: v.allocation_method,
    publicIPAddressVersion: or(v.ip_version, 'IPv4'),
    idleTimeoutInMinutes: or(v.idle_timeout_in_minutes, 4),
  };
  if (v.sku !== undefined) model.sku = { name: v.sku, tier: or(v.sku_tier, 'Regional') };
  if (v.zones !== undefined) model.zones = v.zones;
  if (v.domain_name_label !== undefined) model.dnsSettings = { domainNameLabel: v.domain_name_label };
  if (v.ip_address !== undefined) model.ipAddress = v.ip_address;
  if (v.tags !== undefined) model.tags = tagMap(v.tags);
  const att = attachments?.get(ip);
  if (att) Object.assign(model, att);
  return model;
}

/** What each public IP is attached to (`ipConfiguration` / `natGateway`), from every holder in the input. */
export function publicIpAttachments(g: Graph): Map<IacResource, Record<string, unknown>> {
  const out = new Map<IacResource, Record<string, unknown>>();
  for (const [type, blockName, segment] of IP_HOLDERS) {
    for (const h of g.of(type)) {
      for (const cfg of blocks(h.values[blockName])) {
        for (const ip of g.targets(cfg.public_ip_address_id, ['azurerm_public_ip'])) {
          const hid = g.id(h);
          out.set(ip, { ipConfiguration: { id: typeof cfg.name === 'string' ? `${hid}/${segment}/${cfg.name}` : hid } });
        }
      }
    }
  }
  for (const a of g.of('azurerm_nat_gateway_public_ip_association')) {
    for (const ip of g.targets(a.values.public_ip_address_id, ['azurerm_public_ip'])) out.set(ip, { natGateway: { id: g.refId(a.values.nat_gateway_id) } });
  }
  return out;
}

/**
 * The public IPs a NIC's ip configurations attach, as PublicIPAddress models; an Unknown when one names a
 * public IP this input does not declare (what it is cannot be told).
 */
export function nicPublicIps(nic: IacResource, g: Graph, attachments: Map<IacResource, Record<string, unknown>>): unknown[] | Unknown {
  const out: unknown[] = [];
  for (const cfg of blocks(nic.values.ip_configuration)) {
    const ref = cfg.public_ip_address_id;
    if (ref === undefined || ref === null || ref === '') continue;
    const ips = g.targets(ref, ['azurerm_public_ip']);
    if (ips.length === 0) return isUnknown(ref) ? ref : new Unknown(`public IP ${String(ref)} is not in this configuration`);
    for (const ip of ips) out.push(publicIpModel(ip, g, attachments));
  }
  return out;
}

export function mapNetwork(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  const nsgs = g.of('azurerm_network_security_group');
  const flowLogs = g.of('azurerm_network_watcher_flow_log');
  const ips = g.of('azurerm_public_ip');
  if (nsgs.length + flowLogs.length + ips.length === 0) return out;

  const standalone = g.childrenBy('azurerm_network_security_rule', NSG, ['network_security_group_name', 'network_security_group_id']);
  const strayRules = g.unresolved('azurerm_network_security_rule', NSG, ['network_security_group_name', 'network_security_group_id']);
  const logsByNsg = new Map<IacResource, IacResource[]>();
  for (const f of flowLogs) {
    for (const n of g.targets(f.values.target_resource_id ?? f.values.network_security_group_id, NSG)) {
      const l = logsByNsg.get(n);
      if (l) l.push(f);
      else logsByNsg.set(n, [f]);
    }
  }
  const subnets = new Map<IacResource, unknown[]>();
  const nics = new Map<IacResource, unknown[]>();
  const add = (m: Map<IacResource, unknown[]>, nsgRef: unknown, id: unknown) => {
    for (const n of g.targets(nsgRef, NSG)) {
      const l = m.get(n);
      if (l) l.push({ id });
      else m.set(n, [{ id }]);
    }
  };
  for (const a of g.of('azurerm_subnet_network_security_group_association')) add(subnets, a.values.network_security_group_id, g.refId(a.values.subnet_id));
  for (const a of g.of('azurerm_network_interface_security_group_association')) add(nics, a.values.network_security_group_id, g.refId(a.values.network_interface_id));
  for (const vnet of g.of('azurerm_virtual_network')) {
    const vid = g.armId(vnet);
    for (const s of blocks(vnet.values.subnet)) add(subnets, s.security_group, vid && typeof s.name === 'string' ? `${vid}/subnets/${s.name}` : g.id(vnet));
  }

  for (const n of nsgs) {
    const id = g.armId(n);
    const b = builder(n, g, ctx, { type: NSG_TYPE, kind: 'network.firewall-rule', service: 'network' });
    b.aspect('nsg', () => {
      const stray = strayRules.get(n.module);
      if (stray) throw stray;
      const inline = n.values.security_rule;
      const rules = isUnknown(inline) ? inline : [...blocks(inline).map((r) => securityRule(r, g, id)), ...(standalone.get(n) ?? []).map((r) => securityRule(r.values, g, id))];
      return {
        ...(id ? { id } : {}),
        name: n.values.name,
        type: NSG_TYPE,
        location: n.values.location,
        ...(n.values.tags !== undefined ? { tags: n.values.tags } : {}),
        securityRules: rules,
        defaultSecurityRules: DEFAULT_SECURITY_RULES.map((r) => (id ? { id: `${id}/defaultSecurityRules/${r.name}`, ...r } : r)),
        ...(nics.has(n) ? { networkInterfaces: nics.get(n) } : {}),
        ...(subnets.has(n) ? { subnets: subnets.get(n) } : {}),
      };
    });
    b.aspect('flowLogs', () => (logsByNsg.get(n) ?? []).map((f) => flowLogModel(f, g)));
    out.push(b.build());
  }

  for (const f of flowLogs) {
    const b = builder(f, g, ctx, { type: FLOW_LOG_TYPE, kind: 'logging.flow-log', service: 'network', region: regionFrom(flowLogLocation(f, g)) });
    b.aspect('flowLog', () => flowLogModel(f, g));
    out.push(b.build());
  }

  const attachments = publicIpAttachments(g);
  for (const ip of ips) {
    const b = builder(ip, g, ctx, { type: PUBLIC_IP_TYPE, kind: 'network.public-ip', service: 'network' });
    b.aspect('publicIp', () => publicIpModel(ip, g, attachments));
    out.push(b.build());
  }
  return out;
}
