import { nsgInternetRule } from './support/nsg-rule.js';

export const rule = nsgInternetRule({
  id: 'azure.network.nsg-udp-restricted-from-internet',
  service: 'UDP services',
  protocol: 'Udp',
  severity: 'medium',
  rationale: 'UDP services reachable from the internet (DNS, NTP, SSDP, CLDAP, Memcached ...) are abused to reflect and amplify DDoS traffic and are a common entry point; allow UDP only from known sources.',
  cisControl: '8.3',
});
