import type { Rule } from '../../../core/rule.js';
import { rule as keyNotPublic } from './key-not-public.js';
import { rule as keyRotatedWithin90Days } from './key-rotated-within-90-days.js';

export const rules: Rule[] = [keyNotPublic, keyRotatedWithin90Days];
