/**
 * Bad policy files never crash Parapet: mutated rule files and parapet.yaml files give diagnostics on lines
 * that exist (or rules and configs), never a throw or a hang.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../compliance/registry.js';
import { checkConfigText } from './config.js';
import { parseRuleFile } from './custom-rules.js';
import { starterConfig } from './starter.js';
import type { PolicyDiagnostic } from './types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RULES = ['storage.yaml', 'network.yaml'].map((f) => readFileSync(join(ROOT, 'examples', 'policies', f), 'utf8'));
const CONFIGS = [
  starterConfig(),
  `version: 1
targets:
  aws: {organization: true, accounts: ['123456789012'], regions: [eu-west-1]}
rules:
  include: ['aws.*', 'baseline.*']
  severity: medium+
suppressions:
  - rule: 'aws.s3.*'
    asset: 'arn:aws:s3:::legacy-*'
    tags: {env: sandbox}
    reason: legacy
    owner: a@example.com
    until: 2027-01-31
output: {format: json, failOn: high}
`,
];
const BOUND_MS = 1000;

/** One random edit of a text: delete, duplicate, insert a YAML-ish token, or swap two lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(':', '- ', '\n', '  ', '{', '}', '[', ']', '"', "'", '&a ', '*a', '!!binary ', '? ', '#', 'null', '~', '123', '2027-13-45', 'asset.', '&&', '(', ')', '\t', 'until:', 'rule:', 'assert:', '---\n') }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 80 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edits: Mutation[]): string {
  let s = text;
  for (const m of edits) {
    const at = s.length ? ('at' in m ? m.at % s.length : 0) : 0;
    if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'dup') s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at);
    else {
      const lines = s.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      s = lines.join('\n');
    }
  }
  return s;
}

function onRealLines(text: string, diagnostics: PolicyDiagnostic[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.line, `${d.code}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.line, `${d.code}: ${d.message}`).toBeLessThanOrEqual(lines + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

describe('policy files under mutation', () => {
  const frameworks = builtinFrameworks();

  it('custom rule files: rules or diagnostics on real lines, never a throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULES), fc.array(mutation, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const text = apply(base, edits);
        const t = performance.now();
        const r = parseRuleFile('rules.yaml', text, { frameworks });
        expect(performance.now() - t).toBeLessThan(BOUND_MS);
        onRealLines(text, r.diagnostics);
        // Whatever loads is a complete rule whose evaluation never throws.
        for (const { rule } of r.rules) {
          expect(rule.rule.id).toMatch(/\./);
          for (const c of rule.rule.tests) expect(['pass', 'fail', 'unknown', 'not_applicable']).toContain(rule.rule.evaluate(c.asset, { find: () => ({ assets: [], errors: [] }) }).status);
        }
      }),
      { numRuns: 1500, seed: 61 },
    );
  });

  it('parapet.yaml: a config or diagnostics on real lines, never a throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONFIGS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const text = apply(base, edits);
        const t = performance.now();
        const r = checkConfigText(text, { path: '/x/parapet.yaml', file: 'parapet.yaml', now: new Date('2026-11-30T00:00:00Z') });
        expect(performance.now() - t).toBeLessThan(BOUND_MS);
        onRealLines(text, r.diagnostics);
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        // A config comes back exactly when there is no error.
        expect(Boolean(r.config)).toBe(errors.length === 0);
      }),
      { numRuns: 1500, seed: 62 },
    );
  });
});
