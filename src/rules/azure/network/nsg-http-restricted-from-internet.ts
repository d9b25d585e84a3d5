import { nsgInternetRule } from './support/nsg-rule.js';

export const rule = nsgInternetRule({
  id: 'azure.network.nsg-http-restricted-from-internet',
  service: 'HTTP(S)',
  protocol: 'Tcp',
  ports: [
    [80, 80],
    [443, 443],
  ],
  severity: 'medium',
  rationale: 'Web ports open straight to virtual machines expose every web server flaw to the internet without a WAF in front; publish web workloads through Application Gateway, Front Door or a firewall, and review any direct exposure.',
  cisControl: '8.4',
});
