import { rule } from './postgres-log-connections-on.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_connections', 'POSTGRES_14', 'MYSQL_8_0', [['on', 'pass'], ['off', 'fail'], [undefined, 'fail']]);
