/**
 * Rule selection: which rules a scan runs (`--rules`, `--exclude-rules`, `--severity`, `--framework`,
 * `--provider`, or parapet.yaml `rules:`). Pure functions over rule metadata.
 */
import picomatch from 'picomatch';
import type { ComplianceRef, RuleMeta } from '../core/rule.js';
import { isSeverity, SEVERITIES, severityRank, type Severity } from '../core/verdict.js';
import type { RuleSelection } from './types.js';

const GLOB = { bash: true, dot: true } as const;

/**
 * Parses a severity selection: a comma-separated list (`high,critical`) or a floor with `+` (`medium+`: medium
 * and above); items may mix both. Returns the selected severities worst first, without duplicates. Throws an
 * `Error` naming the bad item and the accepted forms.
 */
export function parseSeveritySelection(v: string): Severity[] {
  const items = v.split(',').map((s) => s.trim());
  const chosen = new Set<Severity>();
  for (const item of items) {
    const floor = item.endsWith('+');
    const name = floor ? item.slice(0, -1) : item;
    if (!isSeverity(name)) {
      const what = item === '' ? 'an empty item' : `'${item}'`;
      throw new Error(`Invalid severity selection '${v}': ${what} is not a severity; expected one of ${SEVERITIES.join(', ')}, a comma-separated list of them (high,critical), or one followed by + for it and above (medium+).`);
    }
    if (floor) for (const s of SEVERITIES) if (severityRank(s) >= severityRank(name)) chosen.add(s);
    chosen.add(name);
  }
  return SEVERITIES.filter((s) => chosen.has(s));
}

/** A rule id pattern: exact id or glob (`aws.s3.*`), compiled once. */
function matcher(pattern: string): (id: string) => boolean {
  return picomatch.scan(pattern).isGlob ? picomatch(pattern, GLOB) : (id) => id === pattern;
}

/**
 * The rules a selection keeps, in their original order: `include` (ids or globs; none given = all), minus
 * `exclude`, then those of the given `severities`, those mapped by any of `frameworks` (the rule's refs from
 * `compliance`, the framework files' index, falling back to the rule's own `compliance`), and those for any of
 * `providers`. Empty or absent lists do not filter. `unmatched` lists the include/exclude patterns (as given)
 * that match no rule at all, so a typo can be reported instead of silently selecting nothing.
 */
export function selectRules<R extends RuleMeta>(rules: R[], sel: RuleSelection, compliance: ReadonlyMap<string, ComplianceRef[]>): { rules: R[]; unmatched: string[] } {
  const include = (sel.include ?? []).map((p) => ({ p, m: matcher(p) }));
  const exclude = (sel.exclude ?? []).map((p) => ({ p, m: matcher(p) }));
  const unmatched = [...include, ...exclude].filter(({ m }) => !rules.some((r) => m(r.id))).map(({ p }) => p);
  const severities = sel.severities?.length ? new Set(sel.severities) : undefined;
  const frameworks = sel.frameworks?.length ? new Set(sel.frameworks) : undefined;
  const providers = sel.providers?.length ? sel.providers : undefined;
  const kept = rules.filter((r) => {
    if (include.length && !include.some(({ m }) => m(r.id))) return false;
    if (exclude.some(({ m }) => m(r.id))) return false;
    if (severities && !severities.has(r.severity)) return false;
    if (frameworks && !(compliance.get(r.id) ?? r.compliance).some((ref) => frameworks.has(ref.framework))) return false;
    if (providers && !r.providers.some((p) => providers.includes(p))) return false;
    return true;
  });
  return { rules: kept, unmatched };
}
