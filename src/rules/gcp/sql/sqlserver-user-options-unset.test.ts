import { rule } from './sqlserver-user-options-unset.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'user options', 'SQLSERVER_2022_ENTERPRISE', 'POSTGRES_15', [['32', 'fail'], [undefined, 'pass']]);
