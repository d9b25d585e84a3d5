import type { GcpCollector } from '../../collector.js';
import { disksCollector } from './disks.js';
import { firewallsCollector } from './firewalls.js';
import { instancesCollector } from './instances.js';
import { networksCollector } from './networks.js';
import { subnetworksCollector } from './subnetworks.js';

export const computeCollectors: GcpCollector[] = [firewallsCollector, networksCollector, subnetworksCollector, instancesCollector, disksCollector];
