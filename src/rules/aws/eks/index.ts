import type { Rule } from '../../../core/rule.js';
import { rule as auditLoggingEnabled } from './audit-logging-enabled.js';
import { rule as clusterVersionSupported } from './cluster-version-supported.js';
import { rule as endpointNotPublic } from './endpoint-not-public.js';
import { rule as endpointPublicAccessRestricted } from './endpoint-public-access-restricted.js';
import { rule as secretsEncrypted } from './secrets-encrypted.js';

export const rules: Rule[] = [endpointNotPublic, endpointPublicAccessRestricted, clusterVersionSupported, secretsEncrypted, auditLoggingEnabled];
