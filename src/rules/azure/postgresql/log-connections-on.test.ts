import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { server, serverDenied } from '../support/server-fixtures.js';
import { rule } from './log-connections-on.js';
import { PG_TYPE } from './support/rule-kit.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'set as required', asset: server(PG_TYPE, { 'log_connections': 'on' }), expect: 'pass', reason: /is on/ },
    { name: 'alternative parameter name', asset: server(PG_TYPE, { 'log_connections': 'on'.toUpperCase() }), expect: 'pass' },
    { name: 'not as required', asset: server(PG_TYPE, { 'log_connections': 'off' }), expect: 'fail', reason: /expected/ },
    { name: 'parameter absent from the list', asset: server(PG_TYPE, { other_param: 'on' }), expect: 'unknown', reason: /not in the collected/ },
    { name: 'configurations denied', asset: serverDenied(PG_TYPE, 'configurations', 'configurations.listByServer'), expect: 'unknown', reason: /listByServer/ },
  ]);
});
