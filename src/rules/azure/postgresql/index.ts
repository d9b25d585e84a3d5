import type { Rule } from '../../../core/rule.js';
import { rule as connectionThrottlingOn } from './connection-throttling-on.js';
import { rule as logCheckpointsOn } from './log-checkpoints-on.js';
import { rule as logConnectionsOn } from './log-connections-on.js';
import { rule as logDisconnectionsOn } from './log-disconnections-on.js';
import { rule as logRetentionOver3Days } from './log-retention-over-3-days.js';
import { rule as noAllowAllFirewallRule } from './no-allow-all-firewall-rule.js';
import { rule as requireSecureTransportOn } from './require-secure-transport-on.js';

export const rules: Rule[] = [
  connectionThrottlingOn,
  logCheckpointsOn,
  logConnectionsOn,
  logDisconnectionsOn,
  logRetentionOver3Days,
  noAllowAllFirewallRule,
  requireSecureTransportOn,
];
