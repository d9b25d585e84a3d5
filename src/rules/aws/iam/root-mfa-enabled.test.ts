import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './root-mfa-enabled.js';
import { summaryAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['MFA enabled', { AccountMFAEnabled: 1, AccountPasswordPresent: 1 }, 'pass'],
    ['no MFA, root has a password', { AccountMFAEnabled: 0, AccountPasswordPresent: 1 }, 'fail'],
    ['no MFA, password presence not reported', { AccountMFAEnabled: 0 }, 'fail'],
    ['no MFA, root credentials removed (centralized root access)', { AccountMFAEnabled: 0, AccountPasswordPresent: 0 }, 'pass'],
    ['summary without AccountMFAEnabled', { AccountPasswordPresent: 1 }, 'unknown'],
  ] as const)('%s -> %s', (_name, map, status) => {
    expect(runRule(rule, summaryAsset({ ...map }), fixtureContext([])).status).toBe(status);
  });

  it('names the evidence it failed on', () => {
    const v = runRule(rule, summaryAsset({ AccountMFAEnabled: 0, AccountPasswordPresent: 1 }), fixtureContext([]));
    expect(v.evidence).toContainEqual({ path: 'config.summary.SummaryMap.AccountMFAEnabled', observed: 0, expected: 1 });
  });

  it('is unknown when the summary could not be collected', () => {
    expect(runRule(rule, summaryAsset(undefined, {}, { summary: deniedGap('iam', 'GetAccountSummary') }), fixtureContext([])).status).toBe('unknown');
  });
});
