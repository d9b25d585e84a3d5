import { rule } from './postgres-pgaudit-enabled.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'cloudsql.enable_pgaudit', 'POSTGRES_16', 'MYSQL_8_0', [['on', 'pass'], ['off', 'fail'], [undefined, 'fail']]);
