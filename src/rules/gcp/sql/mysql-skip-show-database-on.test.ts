import { rule } from './mysql-skip-show-database-on.js';
import { checkFlagRule } from './support/flag-test.js';

checkFlagRule(rule, 'skip_show_database', 'MYSQL_8_0', 'POSTGRES_15', [['on', 'pass'], ['off', 'fail'], [undefined, 'fail']]);
