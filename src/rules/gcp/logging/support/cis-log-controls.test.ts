import { describe, expect, it } from 'vitest';
import { coverage, metricType } from './alert-path.js';
import { CIS_LOG_CONTROLS } from './cis-log-controls.js';

const controls = Object.entries(CIS_LOG_CONTROLS);

describe('CIS log controls', () => {
  it.each(controls.flatMap(([a, ca]) => controls.map(([b, cb]) => [a, b, ca, cb] as const)))('the %s filter covers the %s events only when they are the same control', (a, b, ca, cb) => {
    expect(coverage(ca.filter, cb).covers).toBe(a === b);
  });

  it('an empty filter covers every control (the metric counts every entry)', () => {
    for (const [, c] of controls) expect(coverage('', c).covers).toBe(true);
  });

  it('names the metric type from the descriptor, or from the metric id', () => {
    expect(metricType({ name: 'x', metricDescriptor: { type: 'logging.googleapis.com/user/x' } })).toBe('logging.googleapis.com/user/x');
    expect(metricType({ name: 'projects/p/metrics/a/b' })).toBe('logging.googleapis.com/user/a/b');
  });
});
