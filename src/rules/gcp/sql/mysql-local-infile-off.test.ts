import { rule } from './mysql-local-infile-off.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'local_infile', 'MYSQL_5_7', 'SQLSERVER_2019_STANDARD', [['off', 'pass'], ['on', 'fail'], [undefined, 'fail']]);
