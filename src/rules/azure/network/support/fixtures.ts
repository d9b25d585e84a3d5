/** Fixture builders for the network rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { NSG_TYPE } from './nsg-rule.js';

type RuleInit = { name: string; priority: number; access?: 'Allow' | 'Deny'; protocol?: string; port?: string; ports?: string[]; source?: string; sources?: string[]; direction?: 'Inbound' | 'Outbound' };

export function nsgRule(r: RuleInit) {
  return {
    name: r.name,
    priority: r.priority,
    access: r.access ?? 'Allow',
    direction: r.direction ?? 'Inbound',
    protocol: r.protocol ?? 'Tcp',
    sourcePortRange: '*',
    destinationAddressPrefix: '*',
    ...(r.ports ? { destinationPortRanges: r.ports } : { destinationPortRange: r.port ?? '*' }),
    ...(r.sources ? { sourceAddressPrefixes: r.sources } : { sourceAddressPrefix: r.source ?? '*' }),
  };
}

/** The three default inbound rules every NSG has. */
export const DEFAULT_RULES = [
  nsgRule({ name: 'AllowVnetInBound', priority: 65000, protocol: '*', source: 'VirtualNetwork' }),
  nsgRule({ name: 'AllowAzureLoadBalancerInBound', priority: 65001, protocol: '*', source: 'AzureLoadBalancer' }),
  nsgRule({ name: 'DenyAllInBound', priority: 65500, protocol: '*', access: 'Deny' }),
];

export function nsg(rules: RuleInit[], aspects: Record<string, unknown> = {}): Asset {
  return azureAsset({ type: NSG_TYPE, kind: 'network.firewall-rule', name: 'nsg-fixture', config: { nsg: { name: 'nsg-fixture', securityRules: rules.map(nsgRule), defaultSecurityRules: DEFAULT_RULES }, ...aspects } });
}

export function nsgDenied(aspect = 'nsg', operation = 'networkSecurityGroups.listAll'): Asset {
  return azureAsset({ type: NSG_TYPE, kind: 'network.firewall-rule', name: 'nsg-fixture', config: aspect === 'nsg' ? {} : { nsg: { name: 'nsg-fixture' } }, gaps: { [aspect]: deniedGap('network', operation) } });
}
