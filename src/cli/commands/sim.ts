import type { Command } from 'commander';
import { once } from 'node:events';
import { loadEstate } from '../../../sim/aws/estate-loader.js';
import { startSimulator } from '../../../sim/aws/server.js';
import { UsageError } from '../exit-codes.js';
import { DEMO_ESTATE } from '../paths.js';

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description('run the local AWS simulator on an estate, for scans and other AWS tools')
    .option('--estate <path>', 'estate YAML file or folder (default: the demo estate)')
    .option('--port <n>', 'port to listen on (default: a free one)', '0')
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--latency <ms>', 'added latency per call')
    .option('--rate-limits', "enforce AWS's documented request rate limits")
    .action(async (o: Record<string, string | boolean | undefined>) => {
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
      const lines = Object.entries(sim.env).map(([k, v]) => `export ${k}=${v}`);
      process.stdout.write(
        `Parapet AWS simulator listening on ${sim.endpoint} (${estate.accounts.length} accounts)\n\n${lines.join('\n')}\n\nThen: parapet scan aws${estate.organization ? ' --org' : ''}\nCtrl-C stops it.\n`,
      );
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      await sim.close();
    });
}
