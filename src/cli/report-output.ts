import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Finding } from '../core/finding.js';
import { runScan } from '../engine/scan.js';
import { formatDiagnostic } from '../policy/types.js';
import type { Discover } from '../providers/discovery.js';
import { guidanceOf, suppressionNotes, type ScanPolicy } from './policy.js';
import { openStore } from '../store/open.js';
import { EXIT } from './exit-codes.js';
import { engineProgress } from './progress-adapter.js';
import { severityRank, type Severity } from '../core/verdict.js';
import { writeReport } from '../report/index.js';
import type { RuleGuidance, ScanReport } from '../report/types.js';
import { builtinRules } from '../rules/index.js';
import type { FindingQuery, Store } from '../store/store.js';
import type { Format } from './options.js';
import { VERSION } from './version.js';

export function ruleGuidance(): Map<string, RuleGuidance> {
  return guidanceOf(builtinRules);
}

/** Guidance for a stored scan: the built-in rules', and the custom rules' as the scan kept it. */
export async function scanGuidance(store: Store, scanId: string): Promise<Map<string, RuleGuidance>> {
  const out = ruleGuidance();
  for (const r of await store.scanRules(scanId)) if (r.guidance) out.set(r.id, r.guidance);
  return out;
}

/** What a written report held: how many findings, and how many of them are policy failures (see `policyFailures`). */
export interface ReportTally {
  findings: number;
  failures: number;
}

/**
 * Writes a scan's findings (filtered by `query`) in `format` to `output` or stdout. The findings stream from
 * the store into the writer, so a scan's hundreds of thousands never sit in memory together; they are
 * counted on the way (failures against `failOn`).
 */
export async function emitScanReport(
  store: Store,
  scanId: string,
  format: Format,
  output: string | undefined,
  query: FindingQuery = {},
  opts: { failOn?: Severity; guidance?: Map<string, RuleGuidance> } = {},
): Promise<ReportTally> {
  const scan = await store.getScan(scanId);
  if (!scan) throw new Error(`scan ${scanId} not found`);
  const guidance = opts.guidance ?? (await scanGuidance(store, scanId));
  const { findings, tally } = tallied(store.streamFindings({ ...query, scanId }), opts.failOn);
  const report: ScanReport = { parapet: VERSION, scan, findings, errors: await store.errors(scanId), rules: guidance };
  await withOutput(output, (out) => writeReport(format, report, out));
  return tally;
}

/** `source` passed through unchanged, counting its findings and policy failures (`tally` is final once it is read). */
export function tallied(source: AsyncIterable<Finding>, threshold: Severity | undefined): { findings: AsyncIterable<Finding>; tally: ReportTally } {
  const tally: ReportTally = { findings: 0, failures: 0 };
  const min = threshold ? severityRank(threshold) : undefined;
  async function* counting(): AsyncIterable<Finding> {
    for await (const f of source) {
      tally.findings++;
      if (min !== undefined && isPolicyFailure(f, min)) tally.failures++;
      yield f;
    }
  }
  return { findings: counting(), tally };
}

export async function withOutput(output: string | undefined, fn: (out: NodeJS.WritableStream) => Promise<void>): Promise<void> {
  if (!output || output === '-') {
    await fn(process.stdout);
    return;
  }
  await mkdir(dirname(output), { recursive: true });
  const stream = createWriteStream(output);
  await fn(stream);
  stream.end();
  await once(stream, 'finish');
}

/** Failing findings at or above the threshold: what makes exit code 1. */
export function policyFailures(findings: Finding[], threshold: Severity | undefined): number {
  if (!threshold) return 0;
  const min = severityRank(threshold);
  return findings.filter((f) => isPolicyFailure(f, min)).length;
}

function isPolicyFailure(f: Finding, minRank: number): boolean {
  return f.status === 'fail' && f.state !== 'suppressed' && severityRank(f.severity) >= minRank;
}

/**
 * What every `scan` command does around its discovery: resolve the policy (parapet.yaml, custom rules,
 * selection, suppressions), open the store, show progress, run the scan, write the report, say what the
 * suppressions did, and set the exit code: 1 when `--fail-on` finds an unsuppressed failure, else 2 when
 * custom rules had errors (they were left out), else 0.
 */
export async function runScanCommand(o: { db: string; format: Format; output?: string; failOn?: Severity; target: string; policy: ScanPolicy }, discover: Discover): Promise<void> {
  const { policy } = o;
  const store = await openStore(o.db);
  try {
    const progress = engineProgress(process.stderr);
    const { scan: done } = await runScan({ target: o.target, store, rules: policy.rules, frameworks: policy.frameworks, suppressor: policy.suppressor, discover, onEvent: progress.event }).finally(() => progress.done());
    const { failures } = await emitScanReport(store, done.id, o.format, o.output, {}, { failOn: o.failOn, guidance: guidanceOf(policy.rules) });
    finishPolicy(policy, failures);
  } finally {
    await store.close();
  }
}

/** Suppression notes on stderr, then the exit code from the report's policy failures (see `runScanCommand`). */
export function finishPolicy(policy: ScanPolicy, failures: number): void {
  for (const line of suppressionNotes(policy)) process.stderr.write(`parapet: ${line}\n`);
  if (failures > 0) process.exitCode = EXIT.policyFailed;
  else if (policy.errors.length) {
    process.stderr.write(`parapet: ${policy.errors.length} custom rule error${policy.errors.length === 1 ? '' : 's'} (first: ${formatDiagnostic(policy.errors[0]!)}); the other rules ran\n`);
    process.exitCode = EXIT.toolFailed;
  } else process.exitCode = EXIT.ok;
}
