import type { AwsCollector } from '../../collector.js';
import { accountPublicAccessBlockCollector } from './account-public-access-block.js';
import { bucketsCollector } from './buckets.js';

export const collectors: AwsCollector[] = [bucketsCollector, accountPublicAccessBlockCollector];
