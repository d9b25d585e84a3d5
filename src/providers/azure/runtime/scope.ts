/**
 * Which subscriptions a scan covers: every one the credential sees, those under a management group, or
 * an explicit list; minus exclusions. Failures here stop the scan with one actionable line (ToolError).
 */
import { ManagementGroupsAPI } from '@azure/arm-managementgroups';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import type { TokenCredential } from '@azure/core-auth';
import { ToolError } from '../../aws/runtime/tool-error.js';
import type { AzureClientOptions } from '../collector.js';
import { classifyAzure } from './errors.js';

export interface VisibleSubscription {
  subscriptionId: string;
  displayName?: string;
  tenantId?: string;
  state?: string;
}

export interface ScopeOptions {
  subscriptions?: string[];
  excludeSubscriptions?: string[];
  managementGroup?: string;
  endpoint?: string;
}

const lower = (s: string) => s.toLowerCase();

export async function resolveSubscriptions(credential: TokenCredential, clientOptions: AzureClientOptions, opts: ScopeOptions): Promise<VisibleSubscription[]> {
  const where = opts.endpoint ? ` at ${opts.endpoint}` : '';
  let visible: VisibleSubscription[] = [];
  try {
    for await (const s of new SubscriptionClient(credential, clientOptions).subscriptions.list())
      if (s.subscriptionId) visible.push({ subscriptionId: s.subscriptionId, displayName: s.displayName, tenantId: s.tenantId, state: s.state });
  } catch (e) {
    throw toolError('listing subscriptions', e, where);
  }
  visible = visible.filter((s) => s.state === undefined || s.state === 'Enabled' || s.state === 'Warned' || s.state === 'PastDue');
  if (opts.managementGroup) {
    const under = new Set<string>();
    try {
      for await (const d of new ManagementGroupsAPI(credential, clientOptions).managementGroups.listDescendants(opts.managementGroup))
        if (d.type?.toLowerCase().endsWith('/subscriptions') && d.name) under.add(lower(d.name));
    } catch (e) {
      throw toolError(`listing the descendants of management group '${opts.managementGroup}'`, e, where);
    }
    visible = visible.filter((s) => under.has(lower(s.subscriptionId)));
  }
  if (opts.subscriptions?.length) {
    const wanted = new Set(opts.subscriptions.map(lower));
    const missing = opts.subscriptions.filter((w) => !visible.some((s) => lower(s.subscriptionId) === lower(w)));
    if (missing.length) throw new ToolError(`subscription(s) not visible to the credential${opts.managementGroup ? ` under management group '${opts.managementGroup}'` : ''}: ${missing.join(', ')}. Grant the principal Reader on them, or check --subscriptions.`);
    visible = visible.filter((s) => wanted.has(lower(s.subscriptionId)));
  }
  if (opts.excludeSubscriptions?.length) {
    const skip = new Set(opts.excludeSubscriptions.map(lower));
    visible = visible.filter((s) => !skip.has(lower(s.subscriptionId)));
  }
  if (visible.length === 0) throw new ToolError(`no Azure subscription to scan${opts.managementGroup ? ` under management group '${opts.managementGroup}'` : ''}: the credential sees none (after filters). Grant the principal Reader on a subscription or management group.`);
  return visible;
}

/** One line a person can act on, for the failures that stop a scan before it starts. */
export function toolError(doing: string, e: unknown, where: string): ToolError {
  const info = classifyAzure(e);
  const text = `${info.code} ${info.message}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|certificate|self[- ]signed|RequestTimeout|endpoints_resolution_error|network_error/i.test(text))
    return new ToolError(`cannot reach Azure${where} while ${doing}: ${info.message}. Check --endpoint / --authority-host / --ca-file and the network.`);
  if (/CredentialUnavailable|AuthenticationRequired|AuthenticationError|invalid_client|unauthorized_client|AADSTS|InvalidAuthenticationToken|AuthenticationFailed/i.test(text))
    return new ToolError(`no usable Azure credentials while ${doing}: ${info.message}. Set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, use a managed identity, or run 'az login'.`);
  return new ToolError(`Azure ${doing} failed${where}: ${info.code}: ${info.message}`);
}
