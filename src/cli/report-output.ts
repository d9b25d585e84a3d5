import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Finding } from '../core/finding.js';
import type { EngineEvent, ScanOutcome } from '../engine/scan.js';
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
  return new Map(builtinRules.map((r) => [r.id, { title: r.title, rationale: r.rationale, remediation: r.remediation, references: r.references }]));
}

/** Writes a scan's findings (filtered by `query`) in `format` to `output` or stdout. */
export async function emitScanReport(store: Store, scanId: string, format: Format, output: string | undefined, query: FindingQuery = {}, findings?: Finding[]): Promise<Finding[]> {
  const scan = await store.getScan(scanId);
  if (!scan) throw new Error(`scan ${scanId} not found`);
  const list = findings ?? (await store.findings({ ...query, scanId }));
  const report: ScanReport = { parapet: VERSION, scan, findings: list, errors: await store.errors(scanId), rules: ruleGuidance() };
  await withOutput(output, (out) => writeReport(format, report, out));
  return list;
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
  return findings.filter((f) => f.status === 'fail' && f.state !== 'suppressed' && severityRank(f.severity) >= min).length;
}

/**
 * What every `scan` command does around its discovery: open the store, show progress, run the scan,
 * write the report, and set the exit code from `--fail-on`. Only the scan itself differs per cloud.
 */
export async function runScanCommand(
  o: { db: string; format: Format; output?: string; failOn?: Severity },
  scan: (store: Store, onEvent: (e: EngineEvent) => void) => Promise<ScanOutcome>,
): Promise<void> {
  const store = await openStore(o.db);
  try {
    const progress = engineProgress(process.stderr);
    const { scan: done } = await scan(store, progress.event).finally(() => progress.done());
    const findings = await emitScanReport(store, done.id, o.format, o.output);
    process.exitCode = policyFailures(findings, o.failOn) > 0 ? EXIT.policyFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}
