import type { PublicIPAddress } from '@azure/arm-network';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { cis, nist } from '../support/frameworks.js';

export const rule: Rule = {
  id: 'azure.network.public-ip-associated',
  title: 'Public IP address is attached to a resource',
  severity: 'low',
  providers: ['azure'],
  types: ['Microsoft.Network/publicIPAddresses'],
  rationale: 'Public addresses should be reviewed regularly; one that is attached to nothing is forgotten inventory that costs money, and if it is reattached later (or still listed in allow-lists and DNS records elsewhere) it can expose a resource nobody meant to publish.',
  remediation: {
    steps: ['Review the address: check DNS records and partner allow-lists that still point to it.', 'Delete it if it is no longer needed, or attach it to the resource it belongs to.'],
    cli: 'az network public-ip delete --resource-group <rg> --name <public-ip>',
    terraform: '# Remove the azurerm_public_ip resource from configuration (or reference it from the NIC, load balancer or NAT gateway that needs it).',
  },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses', 'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/remove-public-ip-address-vm'],
  compliance: [cis('8.7'), nist('CM-8')],
  version: 1,
  evaluate(asset) {
    const ip = need<PublicIPAddress>(asset, 'publicIp');
    const attachedTo = ip.ipConfiguration?.id ?? ip.natGateway?.id ?? null;
    const evidence = [{ path: 'config.publicIp.ipConfiguration.id', observed: attachedTo, expected: 'an attached resource' }];
    return attachedTo ? pass(`${ip.ipAddress ?? 'The address'} is attached to ${attachedTo}`, evidence) : fail(`${ip.ipAddress ?? 'The address'} is not attached to any resource`, evidence);
  },
};
