import type { AwsCollector } from '../../collector.js';

export const collectors: AwsCollector[] = [];
