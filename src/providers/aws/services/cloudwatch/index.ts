import type { AwsCollector } from '../../collector.js';
import { alarmsCollector } from './alarms.js';
import { logGroupsCollector } from './log-groups.js';
import { metricFiltersCollector } from './metric-filters.js';

export const collectors: AwsCollector[] = [logGroupsCollector, metricFiltersCollector, alarmsCollector];
