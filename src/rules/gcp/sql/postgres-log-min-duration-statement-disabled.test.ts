import { rule } from './postgres-log-min-duration-statement-disabled.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_min_duration_statement', 'POSTGRES_16', 'MYSQL_8_0', [['-1', 'pass'], ['0', 'fail'], ['250', 'fail'], [undefined, 'pass']]);
