import type { AwsCollector } from '../../collector.js';
import { hubCollector } from './hub.js';

export const collectors: AwsCollector[] = [hubCollector];
