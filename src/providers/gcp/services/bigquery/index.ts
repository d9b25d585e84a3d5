import type { GcpCollector } from '../../collector.js';
import { datasetsCollector } from './datasets.js';

export const bigqueryCollectors: GcpCollector[] = [datasetsCollector];
