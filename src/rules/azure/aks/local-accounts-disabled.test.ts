import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './local-accounts-disabled.js';
import { cluster, clusterDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: cluster({ disableLocalAccounts: true }), expect: 'pass' },
    { name: 'enabled', asset: cluster({ disableLocalAccounts: false }), expect: 'fail' },
    { name: 'unset means enabled', asset: cluster({}), expect: 'fail', reason: /cluster-admin/ },
    { name: 'denied', asset: clusterDenied(), expect: 'unknown' },
  ]);
});
