import { rule } from './sqlserver-remote-access-off.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'remote access', 'SQLSERVER_2019_WEB', 'MYSQL_8_0', [['off', 'pass'], ['on', 'fail'], [undefined, 'fail']]);
