import type { Provider } from '../core/asset.js';
import { CONTROL_STATUSES, controlRules, type ControlStatus, type Framework } from '../core/framework.js';
import type { Status } from '../core/verdict.js';
import type { ScanSummary } from '../core/scan.js';
import type { Store } from '../store/store.js';
import { withRuleMappings } from './registry.js';
import { PostureTally, scoreOf } from './tally.js';

/** A resource that fails (or cannot be judged for) one of a control's rules. */
export interface ControlFailure {
  ruleId: string;
  status: Extract<Status, 'fail' | 'unknown'>;
  assetId: string;
  name: string;
  provider: Provider;
  account: string;
  region: string;
  reason: string;
}

export interface ControlResult {
  id: string;
  title: string;
  section: string;
  status: ControlStatus;
  /** Rule ids evaluating the control for the clouds in the scan. */
  rules: string[];
  /** What an auditor checks by hand (manual controls, or the part no rule judges). */
  manual?: string;
  /** Verdicts of the control's rules, and the distinct resources they judged (not_applicable excluded). */
  verdicts: Record<Status, number>;
  /** Failing or unknown verdicts accepted by suppressions (counted in no status, listed in no failure). */
  suppressed: number;
  resources: number;
  failing: ControlFailure[];
}

export interface FrameworkResult {
  id: string;
  name: string;
  version: string;
  /** Controls evaluated by at least one rule, of all controls (for the clouds of the scan). */
  coverage: { automated: number; total: number };
  controlStatus: Record<ControlStatus, number>;
  /** Severity-weighted posture score over the framework's rules (docs/scoring.md). */
  score: number | null;
  controls: ControlResult[];
}

export interface ComplianceResult {
  scan: ScanSummary;
  providers: Provider[];
  frameworks: FrameworkResult[];
}

/**
 * Control status of the given frameworks in one scan, from the scan's verdicts (the same `PostureTally`
 * the engine stores with the scan), with the failing resources and their reasons.
 */
export async function complianceOf(store: Store, scan: ScanSummary, given: Framework[]): Promise<ComplianceResult> {
  // Custom rules' own mappings, as the scan recorded them, join the controls they name.
  const frameworks = withRuleMappings(given, await store.scanRules(scan.id));
  const tally = new PostureTally(frameworks);
  const wanted = new Set(frameworks.flatMap((f) => f.controls.flatMap((c) => controlRules(c))));
  // Per (provider|rule): distinct judged assets and failures, for the rules these frameworks map.
  const judged = new Map<string, Set<string>>();
  const failures = new Map<string, ControlFailure[]>();
  for await (const f of store.streamFindings({ scanId: scan.id })) {
    const suppressed = f.state === 'suppressed';
    tally.add({ ruleId: f.ruleId, severity: f.severity, provider: f.asset.provider, account: f.asset.account, status: f.status, suppressed });
    if (!wanted.has(f.ruleId) || f.status === 'not_applicable') continue;
    const key = `${f.asset.provider}|${f.ruleId}`;
    let set = judged.get(key);
    if (!set) judged.set(key, (set = new Set()));
    set.add(f.asset.id);
    if ((f.status === 'fail' || f.status === 'unknown') && !suppressed) {
      const list = failures.get(key) ?? [];
      list.push({ ruleId: f.ruleId, status: f.status, assetId: f.asset.id, name: f.asset.name, provider: f.asset.provider, account: f.asset.account, region: f.asset.region, reason: f.reason });
      failures.set(key, list);
    }
  }
  const providers = [...tally.providers].sort();
  const scores = new Map(tally.scores().filter((s) => s.scope === 'framework').map((s) => [s.key, s.score]));
  return {
    scan,
    providers,
    frameworks: frameworks.map((fw) => {
      const controls = fw.controls.map((c): ControlResult => {
        const counts = tally.controlCounts(c);
        const resources = new Set<string>();
        const failing: ControlFailure[] = [];
        for (const p of providers) {
          for (const ruleId of controlRules(c, [p])) {
            for (const id of judged.get(`${p}|${ruleId}`) ?? []) resources.add(id);
            failing.push(...(failures.get(`${p}|${ruleId}`) ?? []));
          }
        }
        failing.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || a.assetId.localeCompare(b.assetId) || a.ruleId.localeCompare(b.ruleId));
        return {
          id: c.id,
          title: c.title,
          section: c.section,
          status: tally.controlStatus(c),
          rules: controlRules(c, providers),
          ...(c.manual ? { manual: c.manual } : {}),
          verdicts: counts.counts,
          suppressed: counts.suppressed,
          resources: resources.size,
          failing,
        };
      });
      const controlStatus = Object.fromEntries(CONTROL_STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>;
      for (const c of controls) controlStatus[c.status]++;
      return {
        id: fw.id,
        name: fw.name,
        version: fw.version,
        coverage: { automated: controls.filter((c) => c.rules.length > 0).length, total: controls.length },
        controlStatus,
        score: scores.get(fw.id) ?? scoreOf(0, 0),
        controls,
      };
    }),
  };
}

/** Controls evaluated by a rule for any cloud, of all controls: what `compliance --list` shows. */
export function frameworkCoverage(fw: Framework): { automated: number; total: number; byProvider: Record<Provider, number> } {
  const byProvider = { aws: 0, azure: 0, gcp: 0 } as Record<Provider, number>;
  for (const c of fw.controls) for (const p of ['aws', 'azure', 'gcp'] as const) if (controlRules(c, [p]).length) byProvider[p]++;
  return { automated: fw.controls.filter((c) => controlRules(c).length > 0).length, total: fw.controls.length, byProvider };
}
