import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './root-no-access-keys.js';
import { summaryAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['no root keys', { AccountAccessKeysPresent: 0, AccountMFAEnabled: 1 }, 'pass'],
    ['root keys present', { AccountAccessKeysPresent: 1, AccountMFAEnabled: 1 }, 'fail'],
    ['summary without the entry', { AccountMFAEnabled: 1 }, 'unknown'],
  ] as const)('%s -> %s', (_name, map, status) => {
    const v = runRule(rule, summaryAsset({ ...map }), fixtureContext([]));
    expect(v.status).toBe(status);
    if (status !== 'unknown') expect(v.evidence[0]).toMatchObject({ path: 'config.summary.SummaryMap.AccountAccessKeysPresent', observed: map.AccountAccessKeysPresent });
  });

  it('is unknown when GetAccountSummary was denied', () => {
    const v = runRule(rule, summaryAsset(undefined, {}, { summary: deniedGap('iam', 'GetAccountSummary') }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetAccountSummary');
  });
});
