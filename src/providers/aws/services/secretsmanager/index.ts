import type { AwsCollector } from '../../collector.js';
import { secretsCollector } from './secrets.js';

export const collectors: AwsCollector[] = [secretsCollector];
