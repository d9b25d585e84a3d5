import { rule } from './sqlserver-contained-database-authentication-off.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'contained database authentication', 'SQLSERVER_2019_WEB', 'MYSQL_8_0', [['off', 'pass'], ['on', 'fail'], [undefined, 'pass']]);
