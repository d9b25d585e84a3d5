import type { Rule } from '../../../core/rule.js';
import { rule as instanceAutomatedBackups } from './instance-automated-backups.js';
import { rule as instanceNoPublicIp } from './instance-no-public-ip.js';
import { rule as instanceNotOpenToWorld } from './instance-not-open-to-world.js';
import { rule as instanceSslRequired } from './instance-ssl-required.js';
import { rule as mysqlLocalInfileOff } from './mysql-local-infile-off.js';
import { rule as mysqlSkipShowDatabaseOn } from './mysql-skip-show-database-on.js';
import { rule as postgresLogConnectionsOn } from './postgres-log-connections-on.js';
import { rule as postgresLogDisconnectionsOn } from './postgres-log-disconnections-on.js';
import { rule as postgresLogErrorVerbosityDefault } from './postgres-log-error-verbosity-default.js';
import { rule as postgresLogMinDurationStatementDisabled } from './postgres-log-min-duration-statement-disabled.js';
import { rule as postgresLogMinErrorStatementError } from './postgres-log-min-error-statement-error.js';
import { rule as postgresLogMinMessagesWarning } from './postgres-log-min-messages-warning.js';
import { rule as postgresLogStatementDdl } from './postgres-log-statement-ddl.js';
import { rule as postgresPgauditEnabled } from './postgres-pgaudit-enabled.js';
import { rule as sqlserverContainedDatabaseAuthenticationOff } from './sqlserver-contained-database-authentication-off.js';
import { rule as sqlserverCrossDbOwnershipChainingOff } from './sqlserver-cross-db-ownership-chaining-off.js';
import { rule as sqlserverExternalScriptsOff } from './sqlserver-external-scripts-off.js';
import { rule as sqlserverRemoteAccessOff } from './sqlserver-remote-access-off.js';
import { rule as sqlserverTraceFlag3625On } from './sqlserver-trace-flag-3625-on.js';
import { rule as sqlserverUserConnectionsUnlimited } from './sqlserver-user-connections-unlimited.js';
import { rule as sqlserverUserOptionsUnset } from './sqlserver-user-options-unset.js';

export const rules: Rule[] = [
  mysqlSkipShowDatabaseOn,
  mysqlLocalInfileOff,
  postgresLogErrorVerbosityDefault,
  postgresLogConnectionsOn,
  postgresLogDisconnectionsOn,
  postgresLogStatementDdl,
  postgresLogMinMessagesWarning,
  postgresLogMinErrorStatementError,
  postgresLogMinDurationStatementDisabled,
  postgresPgauditEnabled,
  sqlserverExternalScriptsOff,
  sqlserverCrossDbOwnershipChainingOff,
  sqlserverUserConnectionsUnlimited,
  sqlserverUserOptionsUnset,
  sqlserverRemoteAccessOff,
  sqlserverTraceFlag3625On,
  sqlserverContainedDatabaseAuthenticationOff,
  instanceSslRequired,
  instanceNotOpenToWorld,
  instanceNoPublicIp,
  instanceAutomatedBackups,
];
