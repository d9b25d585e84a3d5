import type { Rule } from '../../../core/rule.js';
import { rule as rotatedWithin90Days } from './rotated-within-90-days.js';
import { rule as rotationEnabled } from './rotation-enabled.js';
import { rule as rotationSucceeding } from './rotation-succeeding.js';
import { rule as unusedSecretRemoved } from './unused-secret-removed.js';

export const rules: Rule[] = [rotationEnabled, rotationSucceeding, unusedSecretRemoved, rotatedWithin90Days];
