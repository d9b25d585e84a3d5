/**
 * The Azure part of an estate file (`azure:` at the top level, beside the AWS `accounts`). Resources are
 * in ARM's wire shape; each simulator service owns the sections it reads and documents them in its file.
 */
export interface AzureEstate {
  tenantId: string;
  /** Service principals the simulator's token endpoint accepts (client secret). The first is the default caller. */
  clients: Array<{ clientId: string; clientSecret: string; name?: string }>;
  /** Management groups (tenant root group first), each listing its child groups' and subscriptions' ids. */
  managementGroups?: Array<{ id: string; displayName?: string; parent?: string; subscriptions?: string[] }>;
  subscriptions: AzureSubscriptionEstate[];
}

export interface AzureSubscriptionEstate {
  subscriptionId: string;
  displayName: string;
  state?: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue' | 'Deleted';
  /** Resources by section name (`storageAccounts`, `networkSecurityGroups`, `virtualMachines` ...), ARM wire JSON. */
  resources: Record<string, any[]>;
}
