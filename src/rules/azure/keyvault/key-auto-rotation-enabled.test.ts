import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './key-auto-rotation-enabled.js';
import { itemDenied, key } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'rotate 90 days after creation', asset: key({ rotationPolicy: { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }] } }), expect: 'pass', reason: /P90D/ },
    { name: 'notify only', asset: key({ rotationPolicy: { lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }] } }), expect: 'fail', reason: /only notifies/ },
    { name: 'no rotation policy (omitted when empty)', asset: key({ attributes: { enabled: true } }), expect: 'fail', reason: /no rotation policy/ },
    { name: 'disabled key', asset: key({ attributes: { enabled: false } }), expect: 'not_applicable' },
    { name: 'keys.list denied', asset: itemDenied('key'), expect: 'unknown', reason: /keys.list/ },
  ]);
});
