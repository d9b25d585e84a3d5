import type { Rule } from '../../../core/rule.js';
import { rule as functionInVpc } from './function-in-vpc.js';
import { rule as functionNotPublic } from './function-not-public.js';
import { rule as functionRuntimeSupported } from './function-runtime-supported.js';

export const rules: Rule[] = [functionNotPublic, functionRuntimeSupported, functionInVpc];
