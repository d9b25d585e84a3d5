/**
 * Google Cloud request quotas as token buckets, shared by the scanner (to pace itself below them) and the
 * simulator (to enforce them). Google enforces most of them per minute and per *consumer* project (the
 * project the credential's quota is charged to), a few per target project; `scope` says which. Each
 * number carries the page it comes from; `documented: false` marks a conservative default where Google
 * publishes no read rate for that API.
 */
export interface GcpRateLimit {
  /** Bucket name within its scope: calls in one category share a bucket. */
  category: string;
  perMinute: number;
  /** `project`: one bucket per scanned project; `consumer`: one bucket for the whole scan (quota project). */
  scope: 'project' | 'consumer';
  documented: boolean;
  source: string;
}

const COMPUTE = 'https://cloud.google.com/compute/api-quota';
const CRM = 'https://cloud.google.com/resource-manager/docs/limits';
const IAM = 'https://cloud.google.com/iam/quotas';

interface Entry {
  category: string;
  perMinute: number;
  scope: 'project' | 'consumer';
  documented: boolean;
  source: string;
  /** Operation ids this entry applies to (regex on the method id); the first match wins. */
  match?: RegExp;
}

const TABLE: Record<string, Entry[]> = {
  compute: [
    // "List requests" (*.list, *.aggregatedList): 1,500 per minute per project.
    { category: 'compute:list', perMinute: 1500, scope: 'project', documented: true, source: COMPUTE, match: /\.(list|aggregatedList)$/ },
    // "Read requests" (*.get): 1,500 per minute per project.
    { category: 'compute:read', perMinute: 1500, scope: 'project', documented: true, source: COMPUTE },
  ],
  cloudresourcemanager: [
    // v3 API search (projects, folders, organizations): up to 4 per second, 240 per minute.
    { category: 'crm:v3-search', perMinute: 240, scope: 'consumer', documented: true, source: CRM, match: /\.search$/ },
    // v3 API list (projects, folders, organizations): up to 10 per second, 600 per minute.
    { category: 'crm:v3-list', perMinute: 600, scope: 'consumer', documented: true, source: CRM, match: /\.list$/ },
    // Other API read operations: up to 10 per second, 600 per minute.
    { category: 'crm:read', perMinute: 600, scope: 'consumer', documented: true, source: CRM },
  ],
  // v1 API read operations (projects.getIamPolicy ...): up to 10 per second, 600 per minute.
  cloudresourcemanagerV1: [{ category: 'crm:v1-read', perMinute: 600, scope: 'consumer', documented: true, source: CRM }],
  // IAM v1 API read requests (for example, getting a policy): 6,000 per project per minute.
  iam: [{ category: 'iam:read', perMinute: 6000, scope: 'project', documented: true, source: IAM }],
  // Service Account Credentials API: requests to generate credentials, 60,000 per minute.
  iamcredentials: [{ category: 'iamcredentials', perMinute: 60000, scope: 'consumer', documented: true, source: IAM }],
  // Cloud Storage publishes no rate for bucket metadata reads (only ~1 update per second per bucket).
  // For the APIs below no per-project read rate was found in their quota pages (the source names the page
  // to check); 6,000 per minute (100 per second) is a cautious default that a scan rarely comes near.
  storage: [{ category: 'storage:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/storage/quotas' }],
  sqladmin: [{ category: 'sqladmin:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/sql/docs/quotas' }],
  logging: [{ category: 'logging:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/logging/quotas' }],
  monitoring: [{ category: 'monitoring:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/monitoring/quotas' }],
  cloudkms: [{ category: 'cloudkms:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/kms/quotas' }],
  dns: [{ category: 'dns:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/dns/quotas' }],
  container: [{ category: 'container:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/kubernetes-engine/quotas' }],
  bigquery: [{ category: 'bigquery:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/bigquery/quotas' }],
};

const DEFAULT: Entry = { category: 'default', perMinute: 6000, scope: 'project', documented: false, source: 'none: no published quota' };

export function gcpRateLimitFor(api: string, operation: string): GcpRateLimit {
  const entries = TABLE[api];
  const e = entries?.find((x) => !x.match || x.match.test(operation)) ?? { ...DEFAULT, category: `${api}:default` };
  return { category: e.category, perMinute: e.perMinute, scope: e.scope, documented: e.documented, source: e.source };
}

/** The bucket a call counts against: per scanned project, or one per scan for consumer-project quotas. */
export function gcpLimiterKey(project: string, limit: GcpRateLimit): string {
  return `${limit.scope === 'consumer' ? '(consumer)' : project}/${limit.category}`;
}

/** The apis the table knows (for meta-tests). */
export const GCP_RATE_LIMITED_APIS = Object.keys(TABLE);
