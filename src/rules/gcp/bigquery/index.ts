import type { Rule } from '../../../core/rule.js';
import { rule as datasetDefaultCmek } from './dataset-default-cmek.js';
import { rule as datasetNotPublic } from './dataset-not-public.js';

export const rules: Rule[] = [datasetNotPublic, datasetDefaultCmek];
