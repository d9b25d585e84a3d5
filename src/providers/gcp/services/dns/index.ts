import type { GcpCollector } from '../../collector.js';
import { managedZonesCollector } from './managed-zones.js';

export const dnsCollectors: GcpCollector[] = [managedZonesCollector];
