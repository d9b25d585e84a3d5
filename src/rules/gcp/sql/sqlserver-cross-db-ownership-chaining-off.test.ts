import { rule } from './sqlserver-cross-db-ownership-chaining-off.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'cross db ownership chaining', 'SQLSERVER_2019_STANDARD', 'POSTGRES_15', [['off', 'pass'], ['on', 'fail'], [undefined, 'pass']]);
