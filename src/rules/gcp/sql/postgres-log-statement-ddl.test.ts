import { rule } from './postgres-log-statement-ddl.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'log_statement', 'POSTGRES_16', 'MYSQL_8_0', [['ddl', 'pass'], ['all', 'pass'], ['none', 'fail'], [undefined, 'fail']]);
