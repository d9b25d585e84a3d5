import type { AwsCollector } from '../../collector.js';
import { fileSystemsCollector } from './file-systems.js';

export const collectors: AwsCollector[] = [fileSystemsCollector];
