import { internetPortRule } from './support/firewall.js';

export const rule = internetPortRule('gcp.compute.firewall-rdp-not-open-to-internet', 3389, 'RDP', '3.7');
