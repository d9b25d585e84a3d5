import type { AwsCollector } from '../../collector.js';
import { clusterSnapshotsCollector } from './cluster-snapshots.js';
import { clustersCollector } from './clusters.js';
import { instancesCollector } from './instances.js';
import { snapshotsCollector } from './snapshots.js';

export const collectors: AwsCollector[] = [instancesCollector, clustersCollector, snapshotsCollector, clusterSnapshotsCollector];
