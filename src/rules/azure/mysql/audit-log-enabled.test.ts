import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { server, serverDenied } from '../support/server-fixtures.js';
import { rule } from './audit-log-enabled.js';
import { MYSQL_TYPE } from './support/rule-kit.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'ON', asset: server(MYSQL_TYPE, { audit_log_enabled: 'ON' }), expect: 'pass' },
    { name: 'OFF', asset: server(MYSQL_TYPE, { audit_log_enabled: 'OFF' }), expect: 'fail' },
    { name: 'parameter absent', asset: server(MYSQL_TYPE, {}), expect: 'unknown' },
    { name: 'configurations denied', asset: serverDenied(MYSQL_TYPE, 'configurations', 'configurations.listByServer'), expect: 'unknown', reason: /listByServer/ },
  ]);
});
