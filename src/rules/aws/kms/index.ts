import type { Rule } from '../../../core/rule.js';
import { rule as keyNotPendingDeletion } from './key-not-pending-deletion.js';
import { rule as keyPolicyNotPublic } from './key-policy-not-public.js';
import { rule as keyRotationEnabled } from './key-rotation-enabled.js';

export const rules: Rule[] = [keyRotationEnabled, keyPolicyNotPublic, keyNotPendingDeletion];
