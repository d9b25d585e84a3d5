export const STATUSES = ['pass', 'fail', 'unknown', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/** One fact a verdict rests on: the field read, what was there, what should have been. */
export interface Evidence {
  path: string;
  observed: unknown;
  expected: unknown;
}

export interface Verdict {
  status: Status;
  reason: string;
  evidence: Evidence[];
}
