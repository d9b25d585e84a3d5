import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './recoverable.js';
import { vault, vaultDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'soft delete and purge protection', asset: vault({ enableSoftDelete: true, enablePurgeProtection: true, softDeleteRetentionInDays: 30 }), expect: 'pass', reason: /30 days/ },
    { name: 'purge protection with soft delete unset (old vault)', asset: vault({ enablePurgeProtection: true }), expect: 'pass' },
    { name: 'soft delete only', asset: vault({ enableSoftDelete: true }), expect: 'fail', reason: /Purge protection/ },
    { name: 'soft delete disabled', asset: vault({ enableSoftDelete: false }), expect: 'fail', reason: /Soft delete is disabled/ },
    { name: 'vault listing denied', asset: vaultDenied(), expect: 'unknown', reason: /vaults.listBySubscription/ },
  ]);
});
