import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { server, serverDenied } from '../support/server-fixtures.js';
import { rule } from './tls-version-1-2-or-higher.js';
import { MYSQL_TYPE } from './support/rule-kit.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'TLS 1.2 and 1.3', asset: server(MYSQL_TYPE, { tls_version: 'TLSv1.2,TLSv1.3' }), expect: 'pass' },
    { name: 'TLS 1.2 only', asset: server(MYSQL_TYPE, { tls_version: 'TLSv1.2' }), expect: 'pass' },
    { name: 'still allows TLS 1.1', asset: server(MYSQL_TYPE, { tls_version: 'TLSv1.1,TLSv1.2' }), expect: 'fail' },
    { name: 'parameter absent', asset: server(MYSQL_TYPE, {}), expect: 'unknown' },
    { name: 'configurations denied', asset: serverDenied(MYSQL_TYPE, 'configurations', 'configurations.listByServer'), expect: 'unknown', reason: /listByServer/ },
  ]);
});
