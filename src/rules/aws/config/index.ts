import type { Rule } from '../../../core/rule.js';
import { rule as globalResourcesRecorded } from './global-resources-recorded.js';
import { rule as recorderEnabledInRegion } from './recorder-enabled-in-region.js';

export const rules: Rule[] = [recorderEnabledInRegion, globalResourcesRecorded];
