import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ReportFinding } from '../../report/types.js';
import { UsageError } from '../exit-codes.js';

/**
 * A baseline: the failing findings a team has accepted for now, so CI fails only on new ones
 * (`scan iac --baseline FILE`; written with `--write-baseline FILE`). A finding matches an entry by its id
 * (rule + asset id) or, for IaC, by rule + file + resource address (so a resource whose real id becomes known
 * later, or a scan started from another directory with the same paths, still matches).
 */
const Entry = z.object({ id: z.string(), ruleId: z.string(), assetId: z.string(), file: z.string().optional(), address: z.string().optional(), severity: z.string().optional() });
const BaselineFile = z.object({ kind: z.literal('parapet-baseline'), version: z.literal(1), createdAt: z.string(), findings: z.array(Entry) });
export type Baseline = z.infer<typeof BaselineFile>;

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--baseline: cannot read ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--baseline: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = BaselineFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--baseline: ${file} is not a Parapet baseline: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The failing, unsuppressed findings as a baseline document. */
export function baselineOf(findings: readonly ReportFinding[], createdAt: string): Baseline {
  return {
    kind: 'parapet-baseline',
    version: 1,
    createdAt,
    findings: findings
      .filter((f) => f.status === 'fail' && !f.suppression)
      .map((f) => ({ id: f.id, ruleId: f.ruleId, assetId: f.asset.id, severity: f.severity, ...(f.asset.iac ? { file: f.asset.iac.file, address: f.asset.iac.address } : {}) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Whether each failing finding is in the baseline. */
export function baselineMatcher(b: Baseline): (f: ReportFinding) => boolean {
  const ids = new Set(b.findings.map((e) => e.id));
  const places = new Set(b.findings.filter((e) => e.file && e.address).map((e) => `${e.ruleId}\n${e.file}\n${e.address}`));
  return (f) => ids.has(f.id) || (f.asset.iac !== undefined && places.has(`${f.ruleId}\n${f.asset.iac.file}\n${f.asset.iac.address}`));
}
