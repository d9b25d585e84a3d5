import { expiryRule } from './support/expiry-rule.js';

export const rule = expiryRule({ item: 'secret', rbac: false, cisControl: '9.3.4' });
