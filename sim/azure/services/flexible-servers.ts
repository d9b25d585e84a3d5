/**
 * What the PostgreSQL and MySQL flexible-server simulators share: the same ARM shape for a server, its
 * server parameters (`configurations`) and its firewall rules, under two resource providers.
 *
 * A server record carries simulator-only `configurations` (a map of parameter name → value the owner set;
 * every other parameter the flavour knows comes back with its default, `source: system-default`) and
 * `firewallRules` [{name, properties: {startIpAddress, endIpAddress}}].
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { AzureSimError, type AzureRoute, type AzureSimContext } from '../service.js';
import { childWire, findRecord, inScope, nameOf, pick, wire, type ArmRecord } from './arm-resources.js';

export interface SimFlexibleServer extends ArmRecord {
  configurations?: Record<string, string>;
  firewallRules?: Array<{ name: string; properties: { startIpAddress: string; endIpAddress: string } }>;
}

export interface FlexibleFlavour {
  /** `Microsoft.DBforPostgreSQL` / `Microsoft.DBforMySQL`. */
  provider: string;
  section: string;
  /** Host name suffix: `postgres.database.azure.com`. */
  domain: string;
  /** Server properties ARM fills when the estate leaves them out. */
  defaults: Record<string, unknown>;
  /** Parameters (with their default values) the simulator knows. */
  parameters: Record<string, { value: string; dataType: string; description: string }>;
  /** Name of the subscription listing operation in the SDK (`listBySubscription` / `list`). */
  listName: string;
}

export function flexibleRoutes(f: FlexibleFlavour): AzureRoute[] {
  const type = `${f.provider}/flexibleServers`;
  const base = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${f.provider}/flexibleServers/{serverName}`;
  const toWire = (s: SimFlexibleServer) => ({
    ...wire(s, type, ['configurations', 'firewallRules']),
    properties: { fullyQualifiedDomainName: `${nameOf(s)}.${f.domain}`, ...f.defaults, ...s.properties },
  });
  const server = (ctx: AzureSimContext) => findRecord<SimFlexibleServer>(ctx, f.section, 'serverName', type);
  const configuration = (s: SimFlexibleServer, name: string) => {
    const known = f.parameters[name];
    const set = s.configurations?.[name];
    if (!known && set === undefined) throw new AzureSimError('ResourceNotFound', `The configuration '${name}' does not exist for server '${nameOf(s)}'.`, 404);
    return childWire(s.id, 'configurations', `${type}/configurations`, {
      name,
      properties: {
        value: set ?? known?.value,
        defaultValue: known?.value,
        dataType: known?.dataType ?? 'String',
        description: known?.description ?? '',
        source: set === undefined ? 'system-default' : 'user-override',
        isReadOnly: false,
        isDynamicConfig: true,
      },
    });
  };
  return [
    { method: 'GET', path: `/subscriptions/{subscriptionId}/providers/${f.provider}/flexibleServers`, operation: `${type}.${f.listName}`, kind: 'list', handler: (ctx) => inScope<SimFlexibleServer>(ctx, f.section, type).map(toWire) },
    { method: 'GET', path: `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${f.provider}/flexibleServers`, operation: `${type}.listByResourceGroup`, kind: 'list', handler: (ctx) => inScope<SimFlexibleServer>(ctx, f.section, type).map(toWire) },
    { method: 'GET', path: base, operation: `${type}.get`, kind: 'get', handler: (ctx) => toWire(server(ctx)) },
    {
      method: 'GET', path: `${base}/configurations`, operation: `${type}/configurations.listByServer`, kind: 'list',
      handler: (ctx) => {
        const s = server(ctx);
        const names = [...new Set([...Object.keys(f.parameters), ...Object.keys(s.configurations ?? {})])].sort();
        return names.map((n) => configuration(s, n));
      },
    },
    { method: 'GET', path: `${base}/configurations/{configurationName}`, operation: `${type}/configurations.get`, kind: 'get', handler: (ctx) => configuration(server(ctx), ctx.params.configurationName ?? '') },
    {
      method: 'GET', path: `${base}/firewallRules`, operation: `${type}/firewallRules.listByServer`, kind: 'list',
      handler: (ctx) => { const s = server(ctx); return (s.firewallRules ?? []).map((r) => childWire(s.id, 'firewallRules', `${type}/firewallRules`, r)); },
    },
  ];
}

/** Benchmark servers: a quarter open to 0.0.0.0/0, a fifth with transport security relaxed. */
export function generateFlexible(f: FlexibleFlavour, prefix: string, weak: Record<string, string>, sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const list: SimFlexibleServer[] = (sub.resources[f.section] ??= []);
  for (let i = 0; i < count; i++) {
    const open = rand() < 0.25;
    list.push({
      id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-${prefix}-${i % 10}/providers/${f.provider}/flexibleServers/${prefix}-bench-${sub.subscriptionId.slice(0, 8)}-${i}`,
      location: pick(rand, locations),
      tags: { env: pick(rand, ['prod', 'dev', 'test']) },
      properties: { administratorLogin: 'dbadmin', network: { publicNetworkAccess: open ? 'Enabled' : 'Disabled' } },
      configurations: rand() < 0.2 ? { ...weak } : {},
      firewallRules: open ? [{ name: 'AllowAll', properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' } }] : [],
    });
  }
  return count;
}
