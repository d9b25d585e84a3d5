import type { AwsCollector } from '../../collector.js';
import { functionsCollector } from './functions.js';

export const collectors: AwsCollector[] = [functionsCollector];
