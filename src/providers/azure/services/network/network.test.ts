import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { FLOW_LOG_TYPE, flowLogsCollector } from './flow-logs.js';
import { PUBLIC_IP_TYPE, publicIpsCollector } from './public-ips.js';
import { NSG_TYPE, securityGroupsCollector } from './security-groups.js';

type Rule = { name: string; sourceAddressPrefix?: string; sourceAddressPrefixes?: string[]; destinationPortRange?: string; access?: string; direction?: string };

describe('azure network collectors on the demo estate', () => {
  it('NSGs with their security rules, ARM default rules and the flow logs targeting them', async () => {
    const out = await collectAzure(await demoEstate(), securityGroupsCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['nsg-dev-default', 'nsg-web-corp', 'nsg-web-open']);
    const open = byName(out.assets, NSG_TYPE, 'nsg-web-open');
    expect(open).toMatchObject({ account: DEMO_PROD, region: 'westeurope', kind: 'network.firewall-rule', id: `/subscriptions/${DEMO_PROD}/resourceGroups/rg-demo-web/providers/Microsoft.Network/networkSecurityGroups/nsg-web-open` });
    const rules = (open.config.nsg as { securityRules: Rule[]; defaultSecurityRules: Rule[] }).securityRules;
    expect(rules.find((r) => r.name === 'allow-ssh-any')).toMatchObject({ sourceAddressPrefix: '*', destinationPortRange: '22', access: 'Allow', direction: 'Inbound' });
    expect(rules.find((r) => r.name === 'allow-rdp-internet')).toMatchObject({ sourceAddressPrefix: 'Internet', destinationPortRange: '3389' });
    expect((open.config.nsg as { defaultSecurityRules: Rule[] }).defaultSecurityRules.map((r) => r.name)).toContain('DenyAllInBound');
    expect(open.config.flowLogs).toMatchObject([{ name: 'fl-nsg-web-open', enabled: false, retentionPolicy: { days: 0, enabled: false } }]);
    const corp = byName(out.assets, NSG_TYPE, 'nsg-web-corp');
    const corpRules = (corp.config.nsg as { securityRules: Rule[] }).securityRules;
    expect(corpRules.find((r) => r.name === 'allow-rdp-corp')!.sourceAddressPrefixes).toEqual(['203.0.113.0/24', '198.51.100.0/24']);
    expect(corp.config.flowLogs).toMatchObject([{ name: 'fl-nsg-web-corp', enabled: true, retentionPolicy: { days: 90, enabled: true } }]);
    expect(byName(out.assets, NSG_TYPE, 'nsg-dev-default').config.flowLogs).toEqual([]);
  });

  it('a denied flow-log listing is a gap on every NSG, not "no flow logs"', async () => {
    const out = await collectAzure(await demoEstate(), securityGroupsCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', operation: 'Microsoft.Network/flowLogs.list' }] });
    const open = byName(out.assets, NSG_TYPE, 'nsg-web-open');
    expect(open.config.flowLogs).toBeUndefined();
    expect(open.gaps.flowLogs).toMatchObject({ code: 'AuthorizationFailed', operation: 'flowLogs.list', region: 'westeurope' });
  });

  it('public IPs, attached and not', async () => {
    const out = await collectAzure(await demoEstate(), publicIpsCollector, { subscription: DEMO_PROD });
    expect(out.assets.map((a) => a.name).sort()).toEqual(['pip-unused', 'pip-vm-web']);
    const web = byName(out.assets, PUBLIC_IP_TYPE, 'pip-vm-web');
    expect(web).toMatchObject({ kind: 'network.public-ip', region: 'westeurope' });
    expect(web.config.publicIp).toMatchObject({ ipAddress: '20.105.10.24', publicIPAllocationMethod: 'Static', ipConfiguration: { id: expect.stringContaining('nic-vm-web') } });
    expect((byName(out.assets, PUBLIC_IP_TYPE, 'pip-unused').config.publicIp as Record<string, unknown>).ipConfiguration).toBeUndefined();
  });

  it('flow logs as assets, and the watchers on the subscription asset', async () => {
    const out = await collectAzure(await demoEstate(), flowLogsCollector);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['fl-nsg-web-corp', 'fl-nsg-web-open']);
    const corp = byName(out.assets, FLOW_LOG_TYPE, 'fl-nsg-web-corp');
    expect(corp).toMatchObject({ kind: 'logging.flow-log', region: 'westeurope', account: DEMO_PROD });
    expect(corp.id).toBe(`/subscriptions/${DEMO_PROD}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_westeurope/flowLogs/fl-nsg-web-corp`);
    expect(corp.config.flowLog).toMatchObject({ enabled: true, retentionPolicy: { days: 90 }, targetResourceId: expect.stringContaining('nsg-web-corp'), flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true } } });
    expect(out.subscriptions.find((s) => s.account === DEMO_DEV)!.config.networkWatchers).toEqual([]);
  });
});
