import type { Provider } from '../core/asset.js';
import { controlRules, type Control, type ControlStatus, type Framework } from '../core/framework.js';
import type { Severity, Status } from '../core/verdict.js';
import type { ControlRow, ScoreRow } from '../store/store.js';

/**
 * Severity weights of the posture score (docs/scoring.md). `info` findings are reported but weigh nothing.
 */
export const SEVERITY_WEIGHTS: Record<Severity, number> = { critical: 10, high: 5, medium: 3, low: 1, info: 0 };

type Counts = Record<Status, number>;
const zero = (): Counts => ({ pass: 0, fail: 0, unknown: 0, not_applicable: 0 });

interface Weighted {
  counts: Counts;
  passWeight: number;
  judgedWeight: number;
  /** Failing or unknown verdicts accepted by suppressions (in no other count). */
  suppressed: number;
}
const weighted = (): Weighted => ({ counts: zero(), passWeight: 0, judgedWeight: 0, suppressed: 0 });

function add(w: Weighted, status: Status, weight: number, suppressed = false): void {
  if (suppressed && (status === 'fail' || status === 'unknown')) {
    w.suppressed++;
    return;
  }
  w.counts[status]++;
  if (status === 'not_applicable') return;
  w.judgedWeight += weight;
  if (status === 'pass') w.passWeight += weight;
}

/** One verdict as the tally needs it. */
export interface TallyInput {
  ruleId: string;
  severity: Severity;
  provider: Provider;
  account: string;
  status: Status;
  /**
   * A suppression accepted this failing or unknown verdict: it counts toward no failure (score, control), only
   * toward `suppressed`, and weighs nothing in the score (docs/scoring.md).
   */
  suppressed?: boolean;
}

/**
 * Folds verdicts, one at a time, into control status per framework and posture scores per scope, without
 * keeping the verdicts: the engine feeds it while evaluating, the `compliance` command while reading a scan.
 */
export class PostureTally {
  /** Verdict counts per `provider|ruleId` (a control maps rules per provider). */
  private readonly byRule = new Map<string, Weighted>();
  private readonly total = weighted();
  private readonly byProvider = new Map<string, Weighted>();
  private readonly byAccount = new Map<string, Weighted>();
  readonly providers = new Set<Provider>();

  constructor(readonly frameworks: Framework[]) {}

  add(v: TallyInput): void {
    const weight = SEVERITY_WEIGHTS[v.severity];
    this.providers.add(v.provider);
    const s = Boolean(v.suppressed);
    add(at(this.byRule, `${v.provider}|${v.ruleId}`), v.status, weight, s);
    add(this.total, v.status, weight, s);
    add(at(this.byProvider, v.provider), v.status, weight, s);
    add(at(this.byAccount, `${v.provider}:${v.account}`), v.status, weight, s);
  }

  /** Verdict counts of a control's rules over the providers the scan saw (each rule under its own providers). */
  controlCounts(control: Control): Weighted & { automated: boolean } {
    const out = weighted();
    let automated = false;
    for (const provider of this.providers) {
      for (const ruleId of controlRules(control, [provider])) {
        automated = true;
        const w = this.byRule.get(`${provider}|${ruleId}`);
        if (!w) continue;
        for (const s of Object.keys(w.counts) as Status[]) out.counts[s] += w.counts[s];
        out.passWeight += w.passWeight;
        out.judgedWeight += w.judgedWeight;
        out.suppressed += w.suppressed;
      }
    }
    return { ...out, automated };
  }

  controlStatus(control: Control): ControlStatus {
    const c = this.controlCounts(control);
    return statusOf(c.automated, c.counts, Boolean(control.manual));
  }

  /** Control rows of every framework, in file order. */
  controlRows(): ControlRow[] {
    return this.frameworks.flatMap((fw) =>
      fw.controls.map((c) => {
        const { counts, automated } = this.controlCounts(c);
        return { framework: fw.id, control: c.id, status: statusOf(automated, counts, Boolean(c.manual)), ...counts };
      }),
    );
  }

  /** Scores: total, per provider, per account, per framework (over the verdicts of the rules it maps). */
  scores(): ScoreRow[] {
    const rows: ScoreRow[] = [row('total', '', this.total)];
    for (const [k, w] of [...this.byProvider].sort()) rows.push(row('provider', k, w));
    for (const [k, w] of [...this.byAccount].sort()) rows.push(row('account', k, w));
    for (const fw of this.frameworks) {
      // A rule mapped by several controls counts once per framework.
      const w = weighted();
      const seen = new Set<string>();
      for (const provider of this.providers) {
        for (const c of fw.controls) {
          for (const ruleId of controlRules(c, [provider])) {
            const key = `${provider}|${ruleId}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const r = this.byRule.get(key);
            if (!r) continue;
            for (const s of Object.keys(r.counts) as Status[]) w.counts[s] += r.counts[s];
            w.passWeight += r.passWeight;
            w.judgedWeight += r.judgedWeight;
            w.suppressed += r.suppressed;
          }
        }
      }
      rows.push(row('framework', fw.id, w));
    }
    return rows;
  }
}

/**
 * The status rule of `ControlStatus` (src/core/framework.ts) from a control's verdict counts; `manualPart`: the
 * control has a part no rule judges.
 */
export function statusOf(automated: boolean, c: Counts, manualPart = false): ControlStatus {
  if (!automated) return 'manual';
  if (c.fail > 0) return 'fail';
  if (c.unknown > 0) return 'unknown';
  if (c.pass > 0) return manualPart ? 'partial' : 'pass';
  return 'not_applicable';
}

/** 100 × passing weight / judged weight, one decimal; null when nothing with weight was judged. */
export function scoreOf(passWeight: number, judgedWeight: number): number | null {
  return judgedWeight > 0 ? Math.round((1000 * passWeight) / judgedWeight) / 10 : null;
}

function row(scope: ScoreRow['scope'], key: string, w: Weighted): ScoreRow {
  return { scope, key, score: scoreOf(w.passWeight, w.judgedWeight), passWeight: w.passWeight, judgedWeight: w.judgedWeight, pass: w.counts.pass, fail: w.counts.fail, unknown: w.counts.unknown };
}

function at<K>(m: Map<K, Weighted>, k: K): Weighted {
  let w = m.get(k);
  if (!w) m.set(k, (w = weighted()));
  return w;
}
