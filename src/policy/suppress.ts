/**
 * Suppressions: parapet.yaml `suppressions:` (owner, reason, expiry) and IaC inline `parapet:ignore` comments,
 * matched against every failing or unknown verdict the engine produces. See docs/policy.md.
 */
import picomatch from 'picomatch';
import type { Asset } from '../core/asset.js';
import { findingId, inlineSuppression, type Suppression, type Suppressor } from '../core/finding.js';
import type { SuppressionSpec } from './types.js';

/** Glob options shared by rule and asset patterns: `*` crosses `/` and `:` (ARNs, Azure ids), dotfiles too. */
const GLOB = { bash: true, dot: true } as const;

/** A compiled spec, with its position in the file and what it has matched so far. */
interface Compiled {
  readonly spec: SuppressionSpec;
  readonly order: number;
  readonly active: boolean;
  /** Matches the rule id when the spec's `rule` is a glob; absent for exact ids and for specs without `rule`. */
  readonly ruleGlob?: (ruleId: string) => boolean;
  readonly asset?: (assetId: string) => boolean;
  readonly tags?: Array<[string, string]>;
  /** Verdicts accepted (active) or that would have been accepted (expired). */
  count: number;
}

/** What `SuppressionSet.report()` returns: the audit trail of the config suppressions after a scan. */
export interface SuppressionReport {
  /** Expired specs that matched verdicts: each verdict re-opened, counted. */
  expired: Array<{ spec: SuppressionSpec; findings: number }>;
  /** Active specs that accepted no verdict: stale exceptions to prune (or shadowed by an earlier spec). */
  unused: SuppressionSpec[];
  /** Active specs that accepted verdicts, with how many. */
  applied: Array<{ spec: SuppressionSpec; findings: number }>;
}

/**
 * The last instant an `until` day holds: 23:59:59.999 UTC of that day. Throws naming the spec's source when
 * the date is not a real `YYYY-MM-DD` day.
 */
export function untilEnd(spec: Pick<SuppressionSpec, 'id' | 'until' | 'source'>): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(spec.until);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const start = Date.UTC(y, mo - 1, d);
  const date = new Date(start);
  if (!m || Number.isNaN(start) || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new Error(`${spec.source}: suppression ${spec.id} has until '${spec.until}', which is not a date written YYYY-MM-DD.`);
  }
  return Date.UTC(y, mo - 1, d + 1) - 1;
}

/** A glob as a plain regular-expression test (cheaper per call than picomatch's matcher function). */
function globTest(glob: string): (s: string) => boolean {
  const re = picomatch.makeRe(glob, GLOB);
  return (s) => re.test(s);
}

function compile(spec: SuppressionSpec, order: number, now: number): Compiled {
  const ruleIsGlob = spec.rule !== undefined && picomatch.scan(spec.rule).isGlob;
  return {
    spec,
    order,
    active: now <= untilEnd(spec),
    ...(ruleIsGlob ? { ruleGlob: globTest(spec.rule!) } : {}),
    ...(spec.asset !== undefined ? { asset: globTest(spec.asset) } : {}),
    ...(spec.tags ? { tags: Object.entries(spec.tags) } : {}),
    count: 0,
  };
}

/** Whether every field the spec sets other than `rule` holds for the asset (`rule` is settled by the index). */
function matchesAsset(c: Compiled, asset: Asset, fid: () => string): boolean {
  const s = c.spec;
  if (s.accounts && !s.accounts.includes(asset.account)) return false;
  if (s.regions && !s.regions.includes(asset.region)) return false;
  if (c.tags) {
    for (const [k, v] of c.tags) {
      if (!Object.hasOwn(asset.tags, k)) return false;
      if (v !== '*' && asset.tags[k] !== v) return false;
    }
  }
  if (c.asset && !c.asset(asset.id)) return false;
  if (s.finding !== undefined && s.finding !== fid()) return false;
  return true;
}

/**
 * The parapet.yaml suppressions of a scan, compiled once. A spec matches a verdict when every field it sets
 * matches: `rule` (id or glob), `asset` (id glob), `finding` (the finding id of rule + asset), `accounts` and
 * `regions` (any of; a `global` asset matches only when `global` is listed), `tags` (all; `*` = present).
 *
 * `match` returns the first active matching spec in file order. A spec is active through the end of its
 * `until` day (UTC) as of `now`; an expired spec never accepts a verdict (the finding re-opens), but each
 * verdict it would have accepted (it matches and comes before any active match) is counted for `report()`.
 * Candidates per rule id are worked out once and cached, so a lookup costs the few specs that can apply.
 */
export class SuppressionSet implements Suppressor {
  private readonly compiled: Compiled[];
  private readonly byRule = new Map<string, Compiled[]>();
  /** Specs without `rule` or with a glob `rule`. */
  private readonly open: Compiled[] = [];
  private readonly candidates = new Map<string, Compiled[]>();

  constructor(specs: SuppressionSpec[], now: Date = new Date()) {
    const t = now.getTime();
    this.compiled = specs.map((s, i) => compile(s, i, t));
    for (const c of this.compiled) {
      if (c.spec.rule === undefined || c.ruleGlob) this.open.push(c);
      else {
        const list = this.byRule.get(c.spec.rule);
        if (list) list.push(c);
        else this.byRule.set(c.spec.rule, [c]);
      }
    }
  }

  /** The specs that can apply to a rule, in file order (computed once per rule id). */
  private candidatesFor(ruleId: string): Compiled[] {
    let list = this.candidates.get(ruleId);
    if (!list) {
      const globbed = this.open.filter((c) => !c.ruleGlob || c.ruleGlob(ruleId));
      list = [...(this.byRule.get(ruleId) ?? []), ...globbed].sort((a, b) => a.order - b.order);
      this.candidates.set(ruleId, list);
    }
    return list;
  }

  match(ruleId: string, asset: Asset): Suppression | undefined {
    const list = this.candidatesFor(ruleId);
    if (list.length === 0) return undefined;
    let fid: string | undefined;
    const lazyFid = () => (fid ??= findingId(ruleId, asset.id));
    for (const c of list) {
      if (!matchesAsset(c, asset, lazyFid)) continue;
      c.count++;
      if (!c.active) continue;
      const s = c.spec;
      return { kind: 'config', id: s.id, reason: s.reason, source: s.source, owner: s.owner, until: s.until };
    }
    return undefined;
  }

  /** Expired specs that matched, active specs that matched nothing, active specs with their counts (file order). */
  report(): SuppressionReport {
    const out: SuppressionReport = { expired: [], unused: [], applied: [] };
    for (const c of this.compiled) {
      if (!c.active) {
        if (c.count > 0) out.expired.push({ spec: c.spec, findings: c.count });
      } else if (c.count === 0) out.unused.push(c.spec);
      else out.applied.push({ spec: c.spec, findings: c.count });
    }
    return out;
  }
}

/** Inline `parapet:ignore` comments first, then the config suppressions (when given). */
export function combinedSuppressor(set?: SuppressionSet): Suppressor {
  return { match: (ruleId, asset) => inlineSuppression(ruleId, asset) ?? set?.match(ruleId, asset) };
}
