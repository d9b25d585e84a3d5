import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Finding } from '../../core/finding.js';
import { runScan } from '../../engine/scan.js';
import { writeReport } from '../../report/index.js';
import type { ReportFinding, ScanReport } from '../../report/types.js';
import { newOfflineRun, offlineDiscovery, type OfflineRun } from '../../sources/discover.js';
import { openStore } from '../../store/open.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { guidanceOf, outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { defaultDb } from '../paths.js';
import { engineProgress } from '../progress-adapter.js';
import { finishPolicy, policyFailures, withOutput } from '../report-output.js';
import { VERSION } from '../version.js';
import { baselineMatcher, baselineOf, readBaseline } from './baseline.js';

/**
 * A finding as the offline reports show it: with its IaC location, and marked against the baseline. (Inline
 * `parapet:ignore <rule> <reason>` comments are applied by the engine, like parapet.yaml suppressions.)
 */
export function decorate(f: Finding, run: OfflineRun, inBaseline?: (f: ReportFinding) => boolean): ReportFinding {
  const loc = run.locations.get(f.asset.id);
  let out: ReportFinding = f;
  if (loc?.address) out = { ...out, asset: { ...f.asset, iac: { file: loc.file, line: loc.line, address: loc.address } } };
  if (inBaseline && out.status === 'fail') out = { ...out, baselineState: inBaseline(out) ? 'unchanged' : 'new' };
  return out;
}

interface OfflineFlags extends PolicyFlags {
  format?: string;
  output?: string;
  failOn?: string;
  db?: string;
  baseline?: string;
  writeBaseline?: string;
  varFile?: string[];
  var?: string[];
  parameter?: string[];
  region?: string;
  account?: string;
}

function keyValues(flag: string, list: string[] | undefined): Record<string, string> | undefined {
  if (!list?.length) return undefined;
  const out: Record<string, string> = {};
  for (const kv of list) {
    const i = kv.indexOf('=');
    if (i <= 0) throw new UsageError(`${flag}: '${kv}' is not NAME=VALUE`);
    out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

async function runOffline(kind: 'iac' | 'snapshot', paths: string[], o: OfflineFlags): Promise<void> {
  const policy = await resolvePolicy(o);
  const { format, failOn, db } = outputOf(o, policy, { db: defaultDb() });
  const baseline = o.baseline ? readBaseline(o.baseline) : undefined;
  if (o.account && !/^\d{12}$/.test(o.account)) throw new UsageError(`--account: '${o.account}' is not a 12-digit AWS account id`);
  const run = newOfflineRun();
  const discover = offlineDiscovery(
    {
      kind,
      paths,
      terraform: { ...(o.varFile?.length ? { varFiles: o.varFile } : {}), ...(o.var?.length ? { vars: keyValues('--var', o.var)! } : {}) },
      cloudformation: { ...(o.parameter?.length ? { parameters: keyValues('--parameter', o.parameter)! } : {}), ...(o.region ? { region: o.region } : {}), ...(o.account ? { account: o.account } : {}) },
    },
    run,
  );
  const store = await openStore(db);
  try {
    const progress = engineProgress(process.stderr);
    const { scan } = await runScan({ target: kind, store, rules: policy.rules, frameworks: policy.frameworks, suppressor: policy.suppressor, discover, onEvent: progress.event }).finally(() => progress.done());
    const inBaseline = baseline ? baselineMatcher(baseline) : undefined;
    const findings = (await store.findings({ scanId: scan.id })).map((f) => decorate(f, run, inBaseline));
    const report: ScanReport = { parapet: VERSION, scan, findings, errors: await store.errors(scan.id), rules: guidanceOf(policy.rules) };
    await withOutput(o.output, (out) => writeReport(format, report, out));
    if (o.writeBaseline) await writeFile(o.writeBaseline, `${JSON.stringify(baselineOf(findings, new Date().toISOString()), null, 2)}\n`);
    const counted = findings.filter((f) => f.baselineState !== 'unchanged');
    const inputErrors = run.diagnostics.filter((d) => d.severity === 'error');
    // Policy first (suppression notes, --fail-on, custom rule errors), then the inputs that could not be read.
    finishPolicy(policy, policyFailures(counted as Finding[], failOn));
    if (process.exitCode === EXIT.ok && inputErrors.length) {
      process.stderr.write(`parapet: ${inputErrors.length} input error${inputErrors.length === 1 ? '' : 's'} (first: ${inputErrors[0]!.file}:${inputErrors[0]!.line} ${inputErrors[0]!.message}); the rest was scanned\n`);
      process.exitCode = EXIT.toolFailed;
    }
  } finally {
    await store.close();
  }
}

function common(c: Command): Command {
  return outputOptions(policyOptions(c))
    .option('--baseline <file>', 'failing findings accepted before (from --write-baseline): they do not count toward --fail-on')
    .option('--write-baseline <file>', 'write the failing findings of this scan as a baseline file');
}

/** `parapet scan iac PATH...` and `parapet scan snapshot FILE...`: the same rules without cloud credentials. */
export function registerScanOffline(scan: Command): void {
  common(
    scan
      .command('iac')
      .description('scan Terraform (directories, plan JSON) and CloudFormation templates, without cloud credentials')
      .argument('<paths...>', 'directories (every Terraform root module and template under them), .tf files, plan JSON, templates')
      .option('--var-file <file>', 'Terraform: a .tfvars file applied to every root (repeatable)', collect)
      .option('--var <name=value>', 'Terraform: a variable value applied to every root (repeatable)', collect)
      .option('--parameter <name=value>', 'CloudFormation: a template parameter value (repeatable)', collect)
      .option('--region <name>', 'CloudFormation: the region the stack would be deployed to')
      .option('--account <id>', 'CloudFormation: the account the stack would be deployed to'),
  ).action((paths: string[], o: OfflineFlags) => runOffline('iac', paths, o));
  common(
    scan
      .command('snapshot')
      .description('scan inventory exports: AWS Config snapshots and history, GCP Cloud Asset Inventory, Azure Resource Graph results')
      .argument('<files...>', 'export files (format detected from the content)'),
  ).action((files: string[], o: OfflineFlags) => runOffline('snapshot', files, o));
}
