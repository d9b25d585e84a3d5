import type { Rule } from '../core/rule.js';
import { awsRules } from './aws/index.js';

/** Every built-in rule. Walked by meta-tests. */
export const builtinRules: Rule[] = [...awsRules];
