import type { Rule } from '../../../core/rule.js';
import { rule as diskCsekEncrypted } from './disk-csek-encrypted.js';
import { rule as firewallRdpNotOpenToInternet } from './firewall-rdp-not-open-to-internet.js';
import { rule as firewallSshNotOpenToInternet } from './firewall-ssh-not-open-to-internet.js';
import { rule as instanceConfidentialComputingEnabled } from './instance-confidential-computing-enabled.js';
import { rule as instanceIpForwardingDisabled } from './instance-ip-forwarding-disabled.js';
import { rule as instanceNoDefaultServiceAccount } from './instance-no-default-service-account.js';
import { rule as instanceNoDefaultServiceAccountFullAccess } from './instance-no-default-service-account-full-access.js';
import { rule as instanceNoPublicIp } from './instance-no-public-ip.js';
import { rule as instanceOsLoginEnabled } from './instance-os-login-enabled.js';
import { rule as instanceProjectSshKeysBlocked } from './instance-project-ssh-keys-blocked.js';
import { rule as instanceSerialPortDisabled } from './instance-serial-port-disabled.js';
import { rule as instanceShieldedVmEnabled } from './instance-shielded-vm-enabled.js';
import { rule as networkNotDefault } from './network-not-default.js';
import { rule as networkNotLegacy } from './network-not-legacy.js';
import { rule as subnetFlowLogsEnabled } from './subnet-flow-logs-enabled.js';

export const rules: Rule[] = [
  networkNotDefault,
  networkNotLegacy,
  firewallSshNotOpenToInternet,
  firewallRdpNotOpenToInternet,
  subnetFlowLogsEnabled,
  instanceNoDefaultServiceAccount,
  instanceNoDefaultServiceAccountFullAccess,
  instanceProjectSshKeysBlocked,
  instanceOsLoginEnabled,
  instanceSerialPortDisabled,
  instanceIpForwardingDisabled,
  diskCsekEncrypted,
  instanceShieldedVmEnabled,
  instanceNoPublicIp,
  instanceConfidentialComputingEnabled,
];
