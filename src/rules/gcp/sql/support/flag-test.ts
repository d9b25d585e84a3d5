/** The shared test table for database-flag rules: given values, the engine check and missing data. */
import { describe, expect, it } from 'vitest';
import { runRule, type Rule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { deniedSql, sqlAsset, withFlags } from './fixtures.js';

/** `cases`: flag value (undefined = not set) and the expected status, on an instance of `version`. */
export function checkFlagRule(rule: Rule, flag: string, version: string, otherVersion: string, cases: Array<[string | undefined, string]>): void {
  describe(rule.id, () => {
    it.each(cases)(`${flag}=%s -> %s`, (value, status) => {
      const v = runRule(rule, withFlags(version, value === undefined ? { other_flag: 'x' } : { other_flag: 'x', [flag]: value }), fixtureContext([]));
      expect(v.status, v.reason).toBe(status);
      expect(v.evidence.length).toBeGreaterThan(0);
    });

    it('reads an absent flag list as no flags set', () => {
      const unset = cases.find(([v]) => v === undefined);
      if (unset) expect(runRule(rule, withFlags(version), fixtureContext([])).status).toBe(unset[1]);
    });

    it(`is not applicable to ${otherVersion}`, () => {
      expect(runRule(rule, withFlags(otherVersion, { [flag]: 'whatever' }), fixtureContext([])).status).toBe('not_applicable');
    });

    it('is unknown without the instance or its version', () => {
      expect(runRule(rule, deniedSql(), fixtureContext([])).status).toBe('unknown');
      expect(runRule(rule, sqlAsset({ settings: {} }), fixtureContext([])).status).toBe('unknown');
    });
  });
}
