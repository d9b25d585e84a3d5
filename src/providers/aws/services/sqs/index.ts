import type { AwsCollector } from '../../collector.js';
import { queuesCollector } from './queues.js';

export const collectors: AwsCollector[] = [queuesCollector];
