/**
 * `parapet rules test`: runs the test cases written beside custom rules (`tests:`) and reports each case,
 * the rules that have none, and the totals.
 */
import { appliesTo, runRule } from '../core/rule.js';
import type { RuleContext } from '../core/rule.js';
import type { Status, Verdict } from '../core/verdict.js';
import type { CustomRule } from './types.js';

export interface RuleTestResult {
  ruleId: string;
  name: string;
  file: string;
  line: number;
  expect: Status;
  actual: Verdict;
  ok: boolean;
}

export interface RuleTestReport {
  results: RuleTestResult[];
  /** Rule ids without tests. */
  untested: string[];
  passed: number;
  failed: number;
}

/** Custom rules judge their own asset only: a lookup is a bug in the rule, reported as the case's verdict. */
const NO_LOOKUPS: RuleContext = {
  find(type: string): never {
    throw new Error(`custom rules cannot look up other assets (asked for ${type})`);
  },
};

/**
 * Runs every test case of every rule through `runRule` (as a scan would: a fixture the rule does not apply
 * to is `not_applicable`). A case is ok when the verdict's status is the one it expects.
 */
export function runRuleTests(rules: CustomRule[]): RuleTestReport {
  const results: RuleTestResult[] = [];
  const untested: string[] = [];
  for (const rule of rules) {
    if (rule.tests.length === 0) {
      untested.push(rule.id);
      continue;
    }
    for (const t of rule.tests) {
      const actual: Verdict = appliesTo(rule, t.asset)
        ? runRule(rule, t.asset, NO_LOOKUPS)
        : {
            status: 'not_applicable',
            reason: `the rule does not apply to a ${t.asset.provider} asset of type '${t.asset.type}' and kind '${t.asset.kind}'`,
            evidence: [],
          };
      results.push({ ruleId: rule.id, name: t.name, file: t.file, line: t.line, expect: t.expect, actual, ok: actual.status === t.expect });
    }
  }
  const passed = results.filter((r) => r.ok).length;
  return { results, untested, passed, failed: results.length - passed };
}

/**
 * The report as text: one line per case (`ok   <rule>  <name>` or
 * `FAIL <rule>  <name> (<file>:<line>): expected <s>, got <s> — <reason>`), a warning per rule without
 * tests, and a last line `N passed, N failed`.
 */
export function formatRuleTestReport(r: RuleTestReport): string {
  const lines: string[] = [];
  for (const x of r.results) {
    lines.push(
      x.ok
        ? `ok   ${x.ruleId}  ${x.name}`
        : `FAIL ${x.ruleId}  ${x.name} (${x.file}:${x.line}): expected ${x.expect}, got ${x.actual.status} — ${x.actual.reason}`,
    );
  }
  for (const id of r.untested) lines.push(`warning [NoTests] ${id}: the rule has no tests; add a \`tests:\` list with a passing and a failing asset`);
  lines.push(`${r.passed} passed, ${r.failed} failed`);
  return lines.join('\n');
}
