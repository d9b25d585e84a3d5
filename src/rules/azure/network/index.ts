import type { Rule } from '../../../core/rule.js';
import { rule as networkWatcherEnabledInUsedRegions } from './network-watcher-enabled-in-used-regions.js';
import { rule as nsgFlowLogRetention90Days } from './nsg-flow-log-retention-90-days.js';
import { rule as nsgHttpRestrictedFromInternet } from './nsg-http-restricted-from-internet.js';
import { rule as nsgRdpRestrictedFromInternet } from './nsg-rdp-restricted-from-internet.js';
import { rule as nsgSshRestrictedFromInternet } from './nsg-ssh-restricted-from-internet.js';
import { rule as nsgUdpRestrictedFromInternet } from './nsg-udp-restricted-from-internet.js';
import { rule as publicIpAssociated } from './public-ip-associated.js';
import { rule as vnetFlowLogRetention90Days } from './vnet-flow-log-retention-90-days.js';

export const rules: Rule[] = [
  networkWatcherEnabledInUsedRegions,
  nsgFlowLogRetention90Days,
  nsgHttpRestrictedFromInternet,
  nsgRdpRestrictedFromInternet,
  nsgSshRestrictedFromInternet,
  nsgUdpRestrictedFromInternet,
  publicIpAssociated,
  vnetFlowLogRetention90Days,
];
