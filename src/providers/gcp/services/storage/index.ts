import type { GcpCollector } from '../../collector.js';
import { bucketsCollector } from './buckets.js';

export const storageCollectors: GcpCollector[] = [bucketsCollector];
