import type { AwsCollector } from '../../collector.js';
import { analyzersCollector } from './analyzers.js';

export const collectors: AwsCollector[] = [analyzersCollector];
