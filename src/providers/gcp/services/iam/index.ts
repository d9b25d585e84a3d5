import type { GcpCollector } from '../../collector.js';
import { serviceAccountsCollector } from './service-accounts.js';

export const iamCollectors: GcpCollector[] = [serviceAccountsCollector];
