import type { GcpCollector } from '../../collector.js';
import { clustersCollector } from './clusters.js';

export const containerCollectors: GcpCollector[] = [clustersCollector];
