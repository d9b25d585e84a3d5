import type { Rule } from '../../../core/rule.js';
import { rule as accessLoggingEnabled } from './access-logging-enabled.js';
import { rule as albDropsInvalidHeaders } from './alb-drops-invalid-headers.js';
import { rule as albHttpRedirectsToHttps } from './alb-http-redirects-to-https.js';
import { rule as deletionProtectionEnabled } from './deletion-protection-enabled.js';
import { rule as listenerTlsPolicyModern } from './listener-tls-policy-modern.js';

export const rules: Rule[] = [albHttpRedirectsToHttps, listenerTlsPolicyModern, albDropsInvalidHeaders, accessLoggingEnabled, deletionProtectionEnabled];
