import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { SEVERITIES } from '../core/verdict.js';
import { syntheticFindings } from '../report/sample.js';
import { policyFailures, tallied } from './report-output.js';

async function* stream<T>(items: T[]): AsyncIterable<T> {
  for (const i of items) yield i;
}

describe('tallied', () => {
  // Every seventh finding suppressed, so some failures do not count.
  const findings = [...syntheticFindings(2_000)].map((f, i) => (i % 7 === 0 ? { ...f, state: 'suppressed' as const } : f)) as Finding[];

  it('passes every finding through in order and counts policy failures as policyFailures does', async () => {
    // The fixture has failures at every severity, some suppressed: the counts differ per threshold.
    const failing = findings.filter((f) => f.status === 'fail');
    expect(new Set(failing.map((f) => f.severity)).size).toBe(SEVERITIES.length);
    expect(failing.some((f) => f.state === 'suppressed')).toBe(true);
    const counts = new Set<number>();
    for (const threshold of [undefined, ...SEVERITIES]) {
      const { findings: through, tally } = tallied(stream(findings), threshold);
      const seen: Finding[] = [];
      for await (const f of through) seen.push(f);
      expect(seen).toEqual(findings);
      expect(tally).toEqual({ findings: findings.length, failures: policyFailures(findings, threshold) });
      counts.add(tally.failures);
    }
    expect(counts.size).toBeGreaterThan(3);
  });
});
