import type { Command } from 'commander';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../exit-codes.js';
import { DEMO_ESTATE } from '../paths.js';

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description('run the local cloud simulators (AWS, and Azure / GCP when the estate has them) on an estate')
    .option('--estate <path>', 'estate YAML file or folder (default: the demo estate)')
    .option('--port <n>', 'port to listen on (default: a free one)', '0')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--latency <ms>', 'added latency per call')
    .option('--rate-limits', "enforce AWS's documented request rate limits")
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { loadEstate } = await import('../../../sim/aws/estate-loader.js');
      const { startSimulator } = await import('../../../sim/aws/server.js');
      const { startAzureSimulator } = await import('../../../sim/azure/server.js');
      const { startGcpSimulator } = await import('../../../sim/gcp/server.js');
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: '${String(o.port)}' is not a port number`);
      const latency = o.latency === undefined ? undefined : Number(o.latency);
      if (latency !== undefined && !(latency >= 0)) throw new UsageError(`--latency: '${String(o.latency)}' is not a number of milliseconds`);
      const estate = await loadEstate((o.estate as string | undefined) ?? DEMO_ESTATE());
      estate.settings = { ...estate.settings, ...(latency !== undefined ? { latencyMs: latency } : {}), ...(o.rateLimits ? { rateLimits: true } : {}) };
      const sim = await startSimulator({ estate, port, host: String(o.host) }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EADDRINUSE') throw new UsageError(`--port: ${String(o.host)}:${port} is already in use; pick another port or --port 0 for a free one`);
        throw e;
      });
      const exports = (env: Record<string, string>) => Object.entries(env).map(([k, v]) => `export ${k}=${v}`).join('\n');
      let out = `Parapet AWS simulator listening on ${sim.endpoint} (${estate.accounts.length} accounts)\n\n${exports(sim.env)}\n\nThen: parapet scan aws${estate.organization ? ' --org' : ''}\n`;
      const others: Array<{ close(): Promise<void> }> = [];
      if (estate.azure) {
        // The CA goes to a file: PEM is multi-line and does not survive `export`.
        const az = await startAzureSimulator({ estate, caFile: join(mkdtempSync(join(tmpdir(), 'parapet-azure-sim-')), 'ca.pem') });
        others.push(az);
        const { PARAPET_AZURE_CA: _pem, ...env } = az.env;
        out += `\nParapet Azure simulator (ARM and Entra over HTTPS) on ${az.endpoint} (${estate.azure.subscriptions.length} subscriptions)\n\n${exports(env)}\n\nThen: parapet scan azure\n`;
      }
      if (estate.gcp) {
        const g = await startGcpSimulator({ estate });
        others.push(g);
        out += `\nParapet GCP simulator on ${g.endpoint} (${estate.gcp.projects.length} projects)\n\n${exports(g.env)}\n\nThen: parapet scan gcp${estate.gcp.organization ? ` --organization ${estate.gcp.organization.name.replace('organizations/', '')}` : ''}\n`;
      }
      process.stdout.write(`${out}\nCtrl-C stops ${others.length ? 'them' : 'it'}.\n`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      for (const o2 of others) await o2.close();
      await sim.close();
    });
}
