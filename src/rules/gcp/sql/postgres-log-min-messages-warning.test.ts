import { rule } from './postgres-log-min-messages-warning.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_min_messages', 'POSTGRES_16', 'MYSQL_8_0', [['warning', 'pass'], ['ERROR', 'pass'], ['notice', 'fail'], ['debug1', 'fail'], [undefined, 'pass']]);
