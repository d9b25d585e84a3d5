import { internetPortRule } from './support/firewall.js';

export const rule = internetPortRule('gcp.compute.firewall-ssh-not-open-to-internet', 22, 'SSH', '3.6');
