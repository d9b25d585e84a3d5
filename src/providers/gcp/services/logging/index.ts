import type { GcpCollector } from '../../collector.js';
import { sinksCollector } from './sinks.js';

export const loggingCollectors: GcpCollector[] = [sinksCollector];
