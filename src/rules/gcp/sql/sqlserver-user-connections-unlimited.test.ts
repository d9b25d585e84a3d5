import { rule } from './sqlserver-user-connections-unlimited.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'user connections', 'SQLSERVER_2022_ENTERPRISE', 'POSTGRES_15', [['0', 'pass'], ['100', 'fail'], [undefined, 'pass']]);
