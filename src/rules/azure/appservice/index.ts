import type { Rule } from '../../../core/rule.js';
import { rule as authenticationEnabled } from './authentication-enabled.js';
import { rule as ftpDisabled } from './ftp-disabled.js';
import { rule as http2Enabled } from './http2-enabled.js';
import { rule as httpsOnly } from './https-only.js';
import { rule as managedIdentityEnabled } from './managed-identity-enabled.js';
import { rule as minimumTls12 } from './minimum-tls-1-2.js';
import { rule as remoteDebuggingDisabled } from './remote-debugging-disabled.js';

export const rules: Rule[] = [
  authenticationEnabled,
  ftpDisabled,
  http2Enabled,
  httpsOnly,
  managedIdentityEnabled,
  minimumTls12,
  remoteDebuggingDisabled,
];
