import type { Rule } from '../../../core/rule.js';
import { rule as queueEncryptedAtRest } from './queue-encrypted-at-rest.js';
import { rule as queuePolicyNotPublic } from './queue-policy-not-public.js';

export const rules: Rule[] = [queueEncryptedAtRest, queuePolicyNotPublic];
