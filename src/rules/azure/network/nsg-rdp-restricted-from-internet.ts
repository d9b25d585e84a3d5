import { nist } from '../support/frameworks.js';
import { nsgInternetRule } from './support/nsg-rule.js';

export const rule = nsgInternetRule({
  id: 'azure.network.nsg-rdp-restricted-from-internet',
  service: 'RDP',
  protocol: 'Tcp',
  ports: [[3389, 3389]],
  severity: 'high',
  rationale: 'RDP exposed to the internet is scanned and brute-forced constantly and has had pre-authentication vulnerabilities (BlueKeep); an open port is a direct path onto the machine.',
  cisControl: '8.1',
  extra: [nist('AC-17')],
});
