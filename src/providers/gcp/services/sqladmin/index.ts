import type { GcpCollector } from '../../collector.js';
import { sqlInstancesCollector } from './instances.js';

export const sqladminCollectors: GcpCollector[] = [sqlInstancesCollector];
