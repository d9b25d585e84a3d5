import { expect, it } from 'vitest';
import type { Asset } from '../../src/core/asset.js';
import { appliesTo, type Rule, type RuleContext, runRule } from '../../src/core/rule.js';
import type { Status } from '../../src/core/verdict.js';
import { fixtureContext } from './assets.js';

/** One table row: the asset judged, the verdict expected, and optionally what its reason must say. */
export interface RuleCase {
  name: string;
  asset: Asset;
  expect: Status;
  reason?: RegExp;
  ctx?: RuleContext;
}

/**
 * Runs each case through `runRule` (so MissingData becomes `unknown` as in a scan) and checks that the rule
 * applies to the fixture (provider and type, as the engine selects), the status, the reason, and that
 * pass/fail verdicts carry evidence.
 */
export function itJudges(rule: Rule, cases: RuleCase[]): void {
  it.each(cases.map((c) => [`${c.name} -> ${c.expect}`, c] as const))('%s', (_name, c) => {
    expect(appliesTo(rule, c.asset), `${rule.id} does not apply to a ${c.asset.type} fixture`).toBe(true);
    const v = runRule(rule, c.asset, c.ctx ?? fixtureContext([]));
    expect(v.status, v.reason).toBe(c.expect);
    if (c.reason) expect(v.reason).toMatch(c.reason);
    if (v.status === 'pass' || v.status === 'fail') expect(v.evidence.length).toBeGreaterThan(0);
  });
}
