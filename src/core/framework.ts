import type { Provider } from './asset.js';

/**
 * A compliance framework as data (`frameworks/<id>.yaml`, validated by `src/compliance/schema.ts`):
 * controls with their official ids, each evaluated by rules per provider, or `manual` with what an
 * auditor should check.
 */
export interface Framework {
  /** `cis-aws-foundations-v5.0.0`, `pci-dss-v4.0.1`: the id rules' compliance refs use; also the file name. */
  id: string;
  /** Full official name. */
  name: string;
  version: string;
  publisher: string;
  url: string;
  /** Clouds the framework applies to (a cloud benchmark names one; a regulation names all three). */
  providers: Provider[];
  /** What this file covers of the framework and what it leaves out, in a sentence or two. */
  scope: string;
  controls: Control[];
}

export interface Control {
  /** The official id as the framework writes it: `1.4`, `IAM.6`, `AC-2(1)`, `164.312(a)(1)`, `A.8.24`. */
  id: string;
  /** A short title in Parapet's own words (never the framework's copyrighted text). */
  title: string;
  /** The framework's section the control sits in, e.g. `1 Identity and Access Management`. */
  section: string;
  /** Rules that evaluate the control, per provider. Absent or empty: the control is manual. */
  rules?: Partial<Record<Provider, string[]>>;
  /**
   * What an auditor should check by hand: required when no rule evaluates the control; beside rules, the part
   * of the control that no rule can judge (the control is then `partial` when its rules all pass).
   */
  manual?: string;
}

/**
 * A control's status in one scan (strict: one failing resource fails the control):
 * - `fail`: a resource its rules judged failed (the counts show how many passed beside it);
 * - `unknown`: nothing failed, but some verdicts are unknown (data missing, denied, throttled out): never a pass;
 * - `partial`: every judged resource passed, but the control also has a part no rule judges (`manual` beside
 *   rules): an auditor still checks that part;
 * - `pass`: every judged resource passed (at least one) and rules judge the whole control;
 * - `manual`: no rule evaluates it for the clouds scanned: an auditor checks it (`Control.manual`);
 * - `not_applicable`: its rules apply to nothing in the scan (no resources of the kinds they judge).
 */
export const CONTROL_STATUSES = ['pass', 'fail', 'partial', 'unknown', 'manual', 'not_applicable'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Rule ids evaluating a control, for every provider (deduplicated, in order). */
export function controlRules(control: Control, providers?: Provider[]): string[] {
  const out = new Set<string>();
  for (const [p, ids] of Object.entries(control.rules ?? {}) as Array<[Provider, string[]]>) {
    if (providers && !providers.includes(p)) continue;
    for (const id of ids) out.add(id);
  }
  return [...out];
}

/** Whether any rule evaluates the control (for the given providers). */
export function isAutomated(control: Control, providers?: Provider[]): boolean {
  return controlRules(control, providers).length > 0;
}
