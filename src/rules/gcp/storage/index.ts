import type { Rule } from '../../../core/rule.js';
import { rule as bucketNotPublic } from './bucket-not-public.js';
import { rule as bucketUniformAccessEnabled } from './bucket-uniform-access-enabled.js';

export const rules: Rule[] = [bucketNotPublic, bucketUniformAccessEnabled];
