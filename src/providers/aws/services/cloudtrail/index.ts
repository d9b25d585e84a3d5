import type { AwsCollector } from '../../collector.js';
import { trailsCollector } from './trails.js';

export const collectors: AwsCollector[] = [trailsCollector];
