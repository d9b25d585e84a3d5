import type { Rule } from '../../../core/rule.js';
import { rule as topicEncryptedAtRest } from './topic-encrypted-at-rest.js';
import { rule as topicPolicyNotPublic } from './topic-policy-not-public.js';

export const rules: Rule[] = [topicEncryptedAtRest, topicPolicyNotPublic];
