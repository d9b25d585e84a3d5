import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { server, serverDenied } from '../support/server-fixtures.js';
import { rule } from './log-retention-over-3-days.js';
import { PG_TYPE } from './support/rule-kit.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'set as required', asset: server(PG_TYPE, { 'logfiles.retention_days': '7' }), expect: 'pass', reason: /is 7/ },
    { name: 'alternative parameter name', asset: server(PG_TYPE, { 'log_retention_days': '7'.toUpperCase() }), expect: 'pass' },
    { name: 'not as required', asset: server(PG_TYPE, { 'logfiles.retention_days': '3' }), expect: 'fail', reason: /expected/ },
    { name: 'parameter absent from the list', asset: server(PG_TYPE, { other_param: 'on' }), expect: 'unknown', reason: /not in the collected/ },
    { name: 'configurations denied', asset: serverDenied(PG_TYPE, 'configurations', 'configurations.listByServer'), expect: 'unknown', reason: /listByServer/ },
  ]);
});
