import type { AwsCollector } from '../../collector.js';
import { loadBalancersCollector } from './load-balancers.js';

export const collectors: AwsCollector[] = [loadBalancersCollector];
