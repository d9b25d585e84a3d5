import type { AwsCollector } from '../../collector.js';
import { topicsCollector } from './topics.js';

export const collectors: AwsCollector[] = [topicsCollector];
