import { rule } from './sqlserver-trace-flag-3625-on.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, '3625', 'SQLSERVER_2019_WEB', 'MYSQL_8_0', [['on', 'pass'], ['off', 'fail'], [undefined, 'fail']]);
