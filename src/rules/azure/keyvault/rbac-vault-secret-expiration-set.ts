import { expiryRule } from './support/expiry-rule.js';

export const rule = expiryRule({ item: 'secret', rbac: true, cisControl: '9.3.3' });
