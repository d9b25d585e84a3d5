/** The simulator for benchmarks, in its own process so the scanner's memory and CPU are measured alone. */
import { generateEstate } from '../sim/aws/generate.js';
import { startSimulator } from '../sim/aws/server.js';

const cfg = JSON.parse(process.argv[2] ?? '{}') as { accounts: number; regions: string[]; resources: number; latencyMs: number; seed: number };
const { estate, expectedAssets } = generateEstate({ ...cfg, rateLimits: true });
const sim = await startSimulator({ estate });
process.send?.({ type: 'ready', endpoint: sim.endpoint, credentials: sim.credentials, expectedAssets });
process.on('message', (m: { type: string }) => {
  if (m.type === 'stats') process.send?.({ type: 'stats', stats: sim.stats() });
  if (m.type === 'stop') void sim.close().then(() => process.exit(0));
});
