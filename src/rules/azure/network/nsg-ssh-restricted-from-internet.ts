import { nist } from '../support/frameworks.js';
import { nsgInternetRule } from './support/nsg-rule.js';

export const rule = nsgInternetRule({
  id: 'azure.network.nsg-ssh-restricted-from-internet',
  service: 'SSH',
  protocol: 'Tcp',
  ports: [[22, 22]],
  severity: 'high',
  rationale: 'SSH exposed to the internet invites continuous password guessing and exploitation of any SSH daemon flaw; management access should come through Bastion, a VPN or just-in-time access.',
  cisControl: '8.2',
  extra: [nist('AC-17')],
});
