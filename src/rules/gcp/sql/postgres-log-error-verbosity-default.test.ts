import { rule } from './postgres-log-error-verbosity-default.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_error_verbosity', 'POSTGRES_15', 'MYSQL_8_0', [['default', 'pass'], ['terse', 'pass'], ['verbose', 'fail'], [undefined, 'pass']]);
