import type { AwsCollector } from '../../collector.js';
import { recordersCollector } from './recorders.js';

export const collectors: AwsCollector[] = [recordersCollector];
