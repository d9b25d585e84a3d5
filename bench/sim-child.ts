/** The simulator for benchmarks, in its own process so the scanner's memory and CPU are measured alone. */
import { generateEstate } from '../sim/aws/generate.js';
import { startSimulator } from '../sim/aws/server.js';
import { generateAzureEstate } from '../sim/azure/generate.js';
import { startAzureSimulator } from '../sim/azure/server.js';
import { generateGcpEstate } from '../sim/gcp/generate.js';
import { startGcpSimulator } from '../sim/gcp/server.js';

export interface BenchSimConfig {
  cloud: 'aws' | 'azure' | 'gcp';
  /** Accounts, subscriptions or projects. */
  accounts: number;
  regions: string[];
  resources: number;
  latencyMs: number;
  seed: number;
}

const cfg = JSON.parse(process.argv[2] ?? '{}') as BenchSimConfig;
let sim: { stats(): unknown; close(): Promise<void> };
if (cfg.cloud === 'azure') {
  const { estate, expectedAssets } = generateAzureEstate({ subscriptions: cfg.accounts, resources: cfg.resources, seed: cfg.seed, latencyMs: cfg.latencyMs, rateLimits: true, locations: cfg.regions });
  const s = await startAzureSimulator({ estate });
  sim = s;
  process.send?.({ type: 'ready', endpoint: s.endpoint, authorityHost: s.authorityHost, tenantId: s.tenantId, clientId: s.clientId, clientSecret: s.clientSecret, ca: s.ca, expectedAssets });
} else if (cfg.cloud === 'gcp') {
  const { estate, expectedResources } = generateGcpEstate({ projects: cfg.accounts, resources: cfg.resources, seed: cfg.seed, latencyMs: cfg.latencyMs, rateLimits: true, regions: cfg.regions });
  const s = await startGcpSimulator({ estate });
  sim = s;
  // Project assets come on top of the generated resources.
  process.send?.({ type: 'ready', endpoint: s.endpoint, keyFile: s.keyFile, expectedAssets: expectedResources + cfg.accounts });
} else {
  const { estate, expectedAssets } = generateEstate({ accounts: cfg.accounts, regions: cfg.regions, resources: cfg.resources, latencyMs: cfg.latencyMs, seed: cfg.seed, rateLimits: true });
  const s = await startSimulator({ estate });
  sim = s;
  process.send?.({ type: 'ready', endpoint: s.endpoint, credentials: s.credentials, expectedAssets });
  // After the scan's stats are read: the SDK ceiling is measured without the simulated limits in the way.
  process.on('message', (m: { type: string }) => {
    if (m.type !== 'unlimited') return;
    estate.settings = { ...estate.settings, rateLimits: false };
    process.send?.({ type: 'unlimited' });
  });
}
process.on('message', (m: { type: string }) => {
  if (m.type === 'stats') process.send?.({ type: 'stats', stats: sim.stats() });
  // The simulator's own CPU (µs, user + system), so a benchmark can tell whose CPU the calls cost.
  if (m.type === 'cpu') process.send?.({ type: 'cpu', cpu: process.cpuUsage() });
  if (m.type === 'stop') void sim.close().then(() => process.exit(0));
});
