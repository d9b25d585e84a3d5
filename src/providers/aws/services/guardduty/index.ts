import type { AwsCollector } from '../../collector.js';
import { detectorsCollector } from './detectors.js';

export const collectors: AwsCollector[] = [detectorsCollector];
