import type { AwsCollector } from '../../collector.js';
import { repositoriesCollector } from './repositories.js';

export const collectors: AwsCollector[] = [repositoriesCollector];
