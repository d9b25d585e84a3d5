import { rule } from './postgres-log-min-error-statement-error.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_min_error_statement', 'POSTGRES_16', 'MYSQL_8_0', [['error', 'pass'], ['panic', 'pass'], ['warning', 'fail'], [undefined, 'pass']]);
