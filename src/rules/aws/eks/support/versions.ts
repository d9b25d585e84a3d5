/**
 * Amazon EKS Kubernetes release calendar: for each minor version, the end of standard support (14 months
 * after EKS releases it) and of extended support (12 more months, billed per cluster hour), from the EKS
 * User Guide's "Kubernetes versions" page. Versions newer than the table are in standard support (EKS
 * adds versions in order); versions older than it are past extended support.
 */
export const EKS_VERSIONS: ReadonlyArray<{ version: string; standardEnds: string; extendedEnds: string }> = [
  { version: '1.28', standardEnds: '2024-11-26', extendedEnds: '2025-11-26' },
  { version: '1.29', standardEnds: '2025-03-23', extendedEnds: '2026-03-23' },
  { version: '1.30', standardEnds: '2025-07-23', extendedEnds: '2026-07-23' },
  { version: '1.31', standardEnds: '2025-11-26', extendedEnds: '2026-11-26' },
  { version: '1.32', standardEnds: '2026-03-23', extendedEnds: '2027-03-23' },
  { version: '1.33', standardEnds: '2026-07-29', extendedEnds: '2027-07-29' },
  { version: '1.34', standardEnds: '2026-12-02', extendedEnds: '2027-12-02' },
  { version: '1.35', standardEnds: '2027-03-27', extendedEnds: '2028-03-27' },
];

export type SupportPhase =
  | { phase: 'standard'; until: string | null }
  | { phase: 'extended'; standardEnded: string; until: string }
  | { phase: 'unsupported'; since: string | null }
  | { phase: 'unparsable' };

/** `1.31` -> 131; undefined for anything that is not `<major>.<minor>`. */
function ordinal(version: string): number | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) * 1000 + Number(m[2]) : undefined;
}

const at = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function supportPhase(version: string, now: Date): SupportPhase {
  const v = ordinal(version);
  if (v === undefined) return { phase: 'unparsable' };
  const row = EKS_VERSIONS.find((r) => ordinal(r.version) === v);
  if (!row) {
    const newest = ordinal(EKS_VERSIONS[EKS_VERSIONS.length - 1]!.version)!;
    return v > newest ? { phase: 'standard', until: null } : { phase: 'unsupported', since: null };
  }
  const t = now.getTime();
  if (t < at(row.standardEnds)) return { phase: 'standard', until: row.standardEnds };
  if (t < at(row.extendedEnds)) return { phase: 'extended', standardEnded: row.standardEnds, until: row.extendedEnds };
  return { phase: 'unsupported', since: row.extendedEnds };
}
