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
import { guidanceOf, outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { DEMO_ESTATE } from '../paths.js';
import { engineProgress } from '../progress-adapter.js';
import { emitScanReport, finishPolicy, tallied } from '../report-output.js';
import { VERSION } from '../version.js';

export function registerDemo(program: Command): void {
  const demo = program
    .command('demo')
    .description('scan the bundled demo estate (AWS, Azure and GCP) in the local cloud simulators and print its posture')
    .option('--estate <path>', 'estate file or folder to serve instead of the bundled demo');
  outputOptions(policyOptions(demo), 'table (posture summary) | json | csv | ocsf | sarif | junit', 'default: ./.parapet/demo.db').action(async (o: Record<string, string | undefined>) => {
      const { loadEstate } = await import('../../../sim/aws/estate-loader.js');
      const { startSimulator } = await import('../../../sim/aws/server.js');
      const { startAzureSimulator } = await import('../../../sim/azure/server.js');
      const { startGcpSimulator } = await import('../../../sim/gcp/server.js');
      const { azureDiscovery } = await import('../../providers/azure/runtime/scan.js');
      const { gcpDiscovery } = await import('../../providers/gcp/runtime/scan.js');
      const { awsDiscovery } = await import('../run-scan.js');
      const { runScan } = await import('../../engine/scan.js');
      const { discoverInTurn } = await import('../../providers/discovery.js');
      const policy = await resolvePolicy(o as PolicyFlags);
      // The demo keeps its own database unless --db says otherwise (parapet.yaml output.db is for real scans).
      const { format, output, failOn } = outputOf({ ...o, db: o.db ?? join(process.cwd(), '.parapet', 'demo.db') }, policy, { db: '' });
      const db = o.db ?? join(process.cwd(), '.parapet', 'demo.db');
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
        const store = await openStore(db);
        const progress = engineProgress(process.stderr);
        try {
          const { scan } = await runScan({ target: 'demo', store, rules: policy.rules, frameworks: policy.frameworks, suppressor: policy.suppressor, discover: discoverInTurn(parts), onEvent: progress.event }).finally(() =>
            progress.done(),
          );
          let failures: number;
          const guidance = guidanceOf(policy.rules);
          if (format === 'table' && !output) {
            const { findings, tally } = tallied(store.streamFindings({ scanId: scan.id }), failOn);
            process.stdout.write(await renderSummary({ parapet: VERSION, scan, findings, errors: await store.errors(scan.id), rules: guidance }, { color: colorFor(process.stdout) }));
            failures = tally.failures;
            const compliance = await complianceOf(store, scan, builtinFrameworks());
            process.stdout.write(`\nCompliance (score; controls by status; automated of listed controls)\n${summaryTable(compliance, style(colorFor(process.stdout)))}`);
            process.stdout.write(`\nDatabase: ${db}  (parapet findings|compliance|score|report|evidence verify --db ${db})\n`);
          } else ({ failures } = await emitScanReport(store, scan.id, format, output, {}, { failOn, guidance }));
          finishPolicy(policy, failures);
        } finally {
          await store.close();
        }
      } finally {
        for (const close of closers.reverse()) await close().catch(() => undefined);
      }
    });
}
