import { expiryRule } from './support/expiry-rule.js';

export const rule = expiryRule({ item: 'key', rbac: true, cisControl: '9.3.1' });
