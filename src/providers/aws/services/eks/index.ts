import type { AwsCollector } from '../../collector.js';
import { clustersCollector } from './clusters.js';

export const collectors: AwsCollector[] = [clustersCollector];
