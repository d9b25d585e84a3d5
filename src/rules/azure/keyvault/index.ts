import type { Rule } from '../../../core/rule.js';
import { rule as accessPolicyVaultKeyExpirationSet } from './access-policy-vault-key-expiration-set.js';
import { rule as accessPolicyVaultSecretExpirationSet } from './access-policy-vault-secret-expiration-set.js';
import { rule as diagnosticLoggingEnabled } from './diagnostic-logging-enabled.js';
import { rule as keyAutoRotationEnabled } from './key-auto-rotation-enabled.js';
import { rule as privateEndpointUsed } from './private-endpoint-used.js';
import { rule as publicNetworkAccessDisabled } from './public-network-access-disabled.js';
import { rule as rbacAuthorizationEnabled } from './rbac-authorization-enabled.js';
import { rule as rbacVaultKeyExpirationSet } from './rbac-vault-key-expiration-set.js';
import { rule as rbacVaultSecretExpirationSet } from './rbac-vault-secret-expiration-set.js';
import { rule as recoverable } from './recoverable.js';

export const rules: Rule[] = [
  accessPolicyVaultKeyExpirationSet,
  accessPolicyVaultSecretExpirationSet,
  diagnosticLoggingEnabled,
  keyAutoRotationEnabled,
  privateEndpointUsed,
  publicNetworkAccessDisabled,
  rbacAuthorizationEnabled,
  rbacVaultKeyExpirationSet,
  rbacVaultSecretExpirationSet,
  recoverable,
];
