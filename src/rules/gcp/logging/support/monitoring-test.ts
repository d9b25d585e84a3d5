/** The shared test table for the CIS log-metric rules: the path metric -> alert policy -> channels. */
import { describe, expect, it } from 'vitest';
import { runRule, type Rule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { CIS_LOG_CONTROLS, type LogControl } from './cis-log-controls.js';
import { alertOn, logMatchAlert, logMetric, monitoringDenied, monitoringProject } from './fixtures.js';

/** `filters`: other filters for the control and whether they cover it. */
export function checkMonitoringRule(rule: Rule, control: LogControl, filters: Array<[string, string, 'pass' | 'fail']>): void {
  const other = Object.values(CIS_LOG_CONTROLS).find((c) => c.cis !== control.cis)!;
  const run = (metrics: unknown[] | null, policies: unknown[] | null) => runRule(rule, monitoringProject(metrics, policies), fixtureContext([]));

  describe(rule.id, () => {
    it(`maps to CIS v4.0.0 ${control.cis}`, () => {
      expect(rule.compliance).toContainEqual({ framework: 'cis-gcp-foundations-v4.0.0', control: control.cis });
    });

    it.each<[string, string, string]>([['the benchmark filter', control.filter, 'pass'], ['the filter of another control', other.filter, 'fail'], ...filters])(
      'metric with %s -> %s',
      (_n, filter, status) => {
        const v = run([logMetric('m', filter)], [alertOn('m')]);
        expect(v.status, v.reason).toBe(status);
        expect(v.evidence.length).toBeGreaterThan(0);
      },
    );

    it.each<[string, unknown[], unknown[] | null, string]>([
      ['no metrics at all', [], [], 'fail'],
      ['a covering metric but no alert policy', [logMetric('m', control.filter)], null, 'fail'],
      ['an alert policy on another metric', [logMetric('m', control.filter)], [alertOn('other')], 'fail'],
      ['a disabled alert policy', [logMetric('m', control.filter)], [alertOn('m', { enabled: false })], 'fail'],
      ['an alert policy without notification channels', [logMetric('m', control.filter)], [alertOn('m', { notificationChannels: [] })], 'fail'],
      ['a disabled metric', [logMetric('m', control.filter, { disabled: true })], [alertOn('m')], 'fail'],
      ['an alert policy with enabled unset (enabled by default)', [logMetric('m', control.filter)], [alertOn('m', { enabled: undefined })], 'pass'],
      ['a log-match alert policy with the filter', [], [logMatchAlert(control.filter)], 'pass'],
      ['a log-match alert policy without channels', [], [logMatchAlert(control.filter, { notificationChannels: [] })], 'fail'],
      ['an MQL condition on the metric', [logMetric('m', control.filter)], [alertOn('m', { conditions: [{ conditionMonitoringQueryLanguage: { query: "fetch global | metric 'logging.googleapis.com/user/m' | every 1m" } }] })], 'pass'],
      ['only a filter using functions (cannot judge)', [logMetric('m', 'LOG_ID("cloudaudit.googleapis.com/activity")')], [alertOn('m')], 'unknown'],
      ['an unalerted covering metric beside an unreadable alerted one', [logMetric('m', control.filter), logMetric('f', 'LOG_ID("x")')], [alertOn('f')], 'unknown'],
    ])('%s -> %s', (_n, metrics, policies, status) => {
      const v = run(metrics, policies);
      expect(v.status, v.reason).toBe(status);
      expect(v.evidence.length).toBeGreaterThan(0);
    });

    it('is unknown when alert policies could not be listed', () => {
      const v = runRule(rule, monitoringDenied(), fixtureContext([]));
      expect(v.status).toBe('unknown');
      expect(v.reason).toContain('alertPolicies.list');
    });
  });
}
