import type { Command } from 'commander';
import { summaryTable } from '../../compliance/format.js';
import { builtinFrameworks } from '../../compliance/registry.js';
import { complianceOf } from '../../compliance/result.js';
import { style } from '../../report/style.js';
import { join } from 'node:path';
import type { Provider } from '../../core/asset.js';
import type { Discover } from '../../providers/discovery.js';
import { colorFor, renderSummary } from '../../report/index.js';
import { openStore } from '../../store/open.js';
import { EXIT } from '../exit-codes.js';
import { parseFormat, parseSeverity } from '../options.js';
import { DEMO_ESTATE } from '../paths.js';
import { engineProgress } from '../progress-adapter.js';
import { emitScanReport, policyFailures, ruleGuidance } from '../report-output.js';
import { VERSION } from '../version.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('scan the bundled demo estate (AWS, Azure and GCP) in the local cloud simulators and print its posture')
    .option('--format <format>', 'table (posture summary) | json | csv | ocsf', 'table')
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a failing finding has this severity or higher')
    .option('--estate <path>', 'estate file or folder to serve instead of the bundled demo')
    .option('--db <path>', 'database file', join(process.cwd(), '.parapet', 'demo.db'))
    .action(async (o: Record<string, string | undefined>) => {
      const { loadEstate } = await import('../../../sim/aws/estate-loader.js');
      const { startSimulator } = await import('../../../sim/aws/server.js');
      const { startAzureSimulator } = await import('../../../sim/azure/server.js');
      const { startGcpSimulator } = await import('../../../sim/gcp/server.js');
      const { azureDiscovery } = await import('../../providers/azure/runtime/scan.js');
      const { gcpDiscovery } = await import('../../providers/gcp/runtime/scan.js');
      const { awsDiscovery, scanClouds } = await import('../run-scan.js');
      const format = parseFormat(String(o.format));
      const failOn = o.failOn ? parseSeverity('--fail-on', o.failOn) : undefined;
      const estate = await loadEstate(o.estate ?? DEMO_ESTATE());
      // One simulator per cloud, each speaking its provider's wire protocol; the estate says which clouds exist.
      const closers: Array<() => Promise<void>> = [];
      const parts: Array<{ provider: Provider; discover: Discover }> = [];
      try {
        if (estate.accounts.length > 0) {
          const sim = await startSimulator({ estate });
          closers.push(() => sim.close());
          parts.push({ provider: 'aws', discover: awsDiscovery('demo', { org: Boolean(estate.organization), endpoint: sim.endpoint, credentials: async () => ({ ...sim.credentials }) }) });
        }
        if (estate.azure) {
          const sim = await startAzureSimulator({ estate });
          closers.push(() => sim.close());
          parts.push({
            provider: 'azure',
            discover: azureDiscovery({ endpoint: sim.endpoint, authorityHost: sim.authorityHost, tenantId: sim.tenantId, clientId: sim.clientId, clientSecret: sim.clientSecret, ca: sim.ca }),
          });
        }
        if (estate.gcp) {
          const sim = await startGcpSimulator({ estate });
          closers.push(() => sim.close());
          const org = estate.gcp.organization?.name;
          parts.push({ provider: 'gcp', discover: gcpDiscovery({ endpoint: sim.endpoint, keyFile: sim.keyFile, ...(org ? { organization: org } : {}) }) });
        }
        const store = await openStore(String(o.db));
        const progress = engineProgress(process.stderr);
        try {
          const { scan } = await scanClouds(store, 'demo', parts, progress.event).finally(() => progress.done());
          let findings;
          if (format === 'table' && !o.output) {
            findings = await store.findings({ scanId: scan.id });
            process.stdout.write(await renderSummary({ parapet: VERSION, scan, findings, errors: await store.errors(scan.id), rules: ruleGuidance() }, { color: colorFor(process.stdout) }));
            const compliance = await complianceOf(store, scan, builtinFrameworks());
            process.stdout.write(`\nCompliance (score; controls by status; automated of listed controls)\n${summaryTable(compliance, style(colorFor(process.stdout)))}`);
            const db = String(o.db);
            process.stdout.write(`\nDatabase: ${db}  (parapet findings|compliance|score|report|evidence verify --db ${db})\n`);
          } else findings = await emitScanReport(store, scan.id, format, o.output);
          process.exitCode = policyFailures(findings, failOn) > 0 ? EXIT.policyFailed : EXIT.ok;
        } finally {
          await store.close();
        }
      } finally {
        for (const close of closers.reverse()) await close().catch(() => undefined);
      }
    });
}
