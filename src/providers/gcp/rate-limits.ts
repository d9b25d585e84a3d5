/**
 * Google Cloud request quotas, shared by the scanner (which paces itself below them: runtime/limiter.ts)
 * and the simulator (which enforces them as token buckets). Google states most of them per minute and per
 * *consumer* project (the project the credential's quota is charged to: a service account's own project),
 * a few per target project; `scope` says which. Some are enforced by the second (`burst` is then one
 * second's worth, not a minute's), some per method or per location as well. Each number carries the page
 * it comes from; `documented: false` marks a conservative default where Google publishes no read rate for
 * that API.
 */
export interface GcpRateLimit {
  /** Bucket name within its scope: calls in one category share a bucket (per method: the method id is in it). */
  category: string;
  perMinute: number;
  /** Calls the quota admits at once: a minute's worth, or a second's where Google enforces it by the second. */
  burst: number;
  /** `project`: one bucket per scanned project; `consumer`: one bucket for the whole scan (quota project). */
  scope: 'project' | 'consumer';
  /** Counted per location (region) as well. */
  perLocation: boolean;
  documented: boolean;
  source: string;
}

const COMPUTE = 'https://cloud.google.com/compute/api-quota';
const CRM = 'https://cloud.google.com/resource-manager/docs/limits';
const IAM = 'https://cloud.google.com/iam/quotas';
const SQL = 'https://cloud.google.com/sql/docs/mysql/quotas';

interface Entry {
  category: string;
  perMinute: number;
  scope: 'project' | 'consumer';
  documented: boolean;
  source: string;
  /** Operation ids this entry applies to (regex on the method id); the first match wins. */
  match?: RegExp;
  /** Enforced by the second: a burst of one second's worth. */
  perSecond?: boolean;
  /** One bucket per method. */
  perMethod?: boolean;
  /** One bucket per location. */
  perLocation?: boolean;
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
  // Where an entry below is `documented: false`, no read rate was found in the API's quota page (the source
  // names the page to check); 6,000 per minute (100 per second) is a cautious default.
  storage: [{ category: 'storage:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/storage/quotas' }],
  // Cloud SQL Admin: rate quotas per category, per minute and per user (and region): List 500, Get 500.
  sqladmin: [
    { category: 'sqladmin:list', perMinute: 500, scope: 'consumer', documented: true, source: SQL, match: /\.list$/ },
    { category: 'sqladmin:get', perMinute: 500, scope: 'consumer', documented: true, source: SQL },
  ],
  logging: [{ category: 'logging:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/logging/quotas' }],
  monitoring: [{ category: 'monitoring:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/monitoring/quotas' }],
  // Cloud KMS "Read requests" (get, getIamPolicy, list of key rings, keys, versions, locations): 300 per
  // minute, charged to the calling project; since 16 February 2026 measured per region.
  cloudkms: [{ category: 'cloudkms:read', perMinute: 300, scope: 'consumer', perLocation: true, documented: true, source: 'https://cloud.google.com/kms/quotas' }],
  dns: [{ category: 'dns:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/dns/quotas' }],
  container: [{ category: 'container:read', perMinute: 6000, scope: 'project', documented: false, source: 'https://cloud.google.com/kubernetes-engine/quotas' }],
  // BigQuery: most API methods (datasets.get, datasets.list ...) 100 requests per second per user per method.
  bigquery: [
    { category: 'bigquery', perMinute: 6000, perSecond: true, perMethod: true, scope: 'consumer', documented: true, source: 'https://cloud.google.com/bigquery/docs/troubleshoot-quotas' },
  ],
};

const DEFAULT: Entry = { category: 'default', perMinute: 6000, scope: 'project', documented: false, source: 'none: no published quota' };

export function gcpRateLimitFor(api: string, operation: string): GcpRateLimit {
  const entries = TABLE[api];
  const e = entries?.find((x) => !x.match || x.match.test(operation)) ?? { ...DEFAULT, category: `${api}:default` };
  return {
    category: e.perMethod ? `${e.category}:${operation}` : e.category,
    perMinute: e.perMinute,
    burst: e.perSecond ? e.perMinute / 60 : e.perMinute,
    scope: e.scope,
    perLocation: e.perLocation === true,
    documented: e.documented,
    source: e.source,
  };
}

/**
 * The bucket a call counts against: per scanned project, or one per scan for consumer-project quotas; and per
 * location (`region`, 'global' for calls outside one) where the quota is counted so.
 */
export function gcpLimiterKey(project: string, limit: GcpRateLimit, region = 'global'): string {
  return `${limit.scope === 'consumer' ? '(consumer)' : project}/${limit.perLocation ? `${region}/` : ''}${limit.category}`;
}

/** The apis the table knows (for meta-tests). */
export const GCP_RATE_LIMITED_APIS = Object.keys(TABLE);
