/** The six default security rules ARM puts on every network security group. */
export function defaultSecurityRules(): Array<Record<string, any>> {
  const rule = (name: string, priority: number, direction: 'Inbound' | 'Outbound', access: 'Allow' | 'Deny', source: string, destination: string, description: string) => ({
    name,
    properties: { description, protocol: '*', sourcePortRange: '*', destinationPortRange: '*', sourceAddressPrefix: source, destinationAddressPrefix: destination, access, priority, direction },
  });
  return [
    rule('AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 'Allow inbound traffic from all VMs in VNET'),
    rule('AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*', 'Allow inbound traffic from azure load balancer'),
    rule('DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*', 'Deny all inbound traffic'),
    rule('AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork', 'Allow outbound traffic from all VMs to all VMs in VNET'),
    rule('AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet', 'Allow outbound traffic from all VMs to Internet'),
    rule('DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*', 'Deny all outbound traffic'),
  ];
}
