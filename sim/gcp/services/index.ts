/** The simulated Google Cloud APIs. Several services may share one API root (Resource Manager v1 and v3). */
import type { GcpSimService } from '../service.js';
import { cloudresourcemanager } from './cloudresourcemanager.js';
import { compute } from './compute.js';
import { storage } from './storage.js';
import { bigquery } from './bigquery.js';
import { cloudkms } from './cloudkms.js';
import { container } from './container.js';
import { dns } from './dns.js';
import { iam } from './iam.js';
import { logging } from './logging.js';
import { monitoring } from './monitoring.js';
import { projectIam } from './project-iam.js';
import { sqladmin } from './sqladmin.js';

export const gcpSimServices: GcpSimService[] = [
  cloudresourcemanager,
  storage,
  compute,
  // GCP collectors 2 adds its services below.
  projectIam,
  sqladmin,
  iam,
  logging,
  monitoring,
  cloudkms,
  dns,
  container,
  bigquery,
];
