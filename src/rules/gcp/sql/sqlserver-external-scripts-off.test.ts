import { rule } from './sqlserver-external-scripts-off.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'external scripts enabled', 'SQLSERVER_2019_STANDARD', 'POSTGRES_15', [['off', 'pass'], ['on', 'fail'], [undefined, 'pass']]);
