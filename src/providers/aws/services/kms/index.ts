import type { AwsCollector } from '../../collector.js';
import { keysCollector } from './keys.js';

export const collectors: AwsCollector[] = [keysCollector];
