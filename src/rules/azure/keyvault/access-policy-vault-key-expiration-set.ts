import { expiryRule } from './support/expiry-rule.js';

export const rule = expiryRule({ item: 'key', rbac: false, cisControl: '9.3.2' });
