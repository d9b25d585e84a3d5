import type { NetworkSecurityGroup } from '@azure/arm-network';
import { fail, need, pass, type Rule } from '../../../../core/rule.js';
import { cis, mcsb, nist } from '../../support/frameworks.js';
import { describePorts, internetExposures, type PortRange } from './nsg-exposure.js';

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';

export interface NsgSpec {
  id: string;
  service: string;
  protocol: 'Tcp' | 'Udp';
  ports?: PortRange[];
  severity: Rule['severity'];
  rationale: string;
  cisControl: string;
  extra?: Rule['compliance'];
}

/** A rule that fails when the NSG lets the internet reach `ports` over `protocol` (see internetExposures). */
export function nsgInternetRule(spec: NsgSpec): Rule {
  const portText = spec.ports ? describePorts(spec.ports) : 'any port';
  return {
    id: spec.id,
    title: `Network security group does not allow ${spec.service} (${spec.protocol.toUpperCase()} ${portText}) from the internet`,
    severity: spec.severity,
    providers: ['azure'],
    types: [NSG_TYPE],
    rationale: spec.rationale,
    remediation: {
      steps: [
        'Open the network security group > Settings > Inbound security rules.',
        `Delete or narrow every Allow rule whose source is Any, Internet or 0.0.0.0/0 and that covers ${spec.protocol.toUpperCase()} ${portText}: use specific source ranges, or put a Deny rule for Internet at a lower priority number.`,
        spec.protocol === 'Tcp' && spec.ports?.some(([a]) => a === 22 || a === 3389) ? 'Use Azure Bastion or just-in-time VM access instead of open management ports.' : 'Put public endpoints behind Application Gateway with WAF, Front Door or Azure Firewall.',
      ],
      cli: 'az network nsg rule update --resource-group <rg> --nsg-name <nsg> --name <rule> --source-address-prefixes <trusted-cidr>   # or: az network nsg rule delete ...',
      terraform: `resource "azurerm_network_security_rule" "restricted" {\n  # name, priority, resource_group_name, network_security_group_name ...\n  direction                  = "Inbound"\n  access                     = "Allow"\n  protocol                   = "${spec.protocol}"\n  destination_port_range     = "${spec.ports ? describePorts(spec.ports).split(', ')[0] : '*'}"\n  source_address_prefix      = "203.0.113.0/24" # a trusted range, never "*" or "Internet"\n  source_port_range          = "*"\n  destination_address_prefix = "*"\n}`,
    },
    references: ['https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview', 'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices'],
    compliance: [cis(spec.cisControl), mcsb('NS-1'), nist('SC-7'), ...(spec.extra ?? [])],
    version: 1,
    evaluate(asset) {
      const nsg = need<NetworkSecurityGroup>(asset, 'nsg');
      const exposures = internetExposures(nsg, spec.protocol, spec.ports);
      const evidence = [
        {
          path: 'config.nsg.securityRules',
          observed: exposures.map((e) => ({ name: e.rule.name ?? null, priority: e.rule.priority ?? null, ports: describePorts(e.ports) })),
          expected: `no Allow from the internet on ${spec.protocol.toUpperCase()} ${portText}`,
        },
      ];
      if (!exposures.length) return pass(`No rule lets the internet reach ${spec.protocol.toUpperCase()} ${portText}`, evidence);
      return fail(`Open to the internet: ${exposures.map((e) => `${e.rule.name} (priority ${e.rule.priority}) ${spec.protocol.toUpperCase()} ${describePorts(e.ports)}`).join('; ')}`, evidence);
    },
  };
}
