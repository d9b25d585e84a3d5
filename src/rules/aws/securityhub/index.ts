import type { Rule } from '../../../core/rule.js';
import { rule as enabledInRegion } from './enabled-in-region.js';

export const rules: Rule[] = [enabledInRegion];
