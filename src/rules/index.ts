import type { Rule } from '../core/rule.js';
import { awsRules } from './aws/index.js';
import { azureRules } from './azure/index.js';
import { baselineRules } from './baseline/index.js';
import { gcpRules } from './gcp/index.js';

/** Every built-in rule. Walked by meta-tests. */
export const builtinRules: Rule[] = [...awsRules, ...azureRules, ...baselineRules, ...gcpRules];
