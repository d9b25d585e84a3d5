/**
 * The estate a simulator serves: organization, accounts, regions and per-service resources in the shapes
 * the AWS APIs return (SDK shapes: PascalCase members as in the API references). Each service simulator
 * owns the layout of its own section (`global.<service>` or `regional.<region>.<service>`), documented
 * and typed in its own file under sim/aws/services/.
 */
import type { AzureEstate } from '../azure/estate.js';
import type { GcpEstate } from '../gcp/estate.js';

export interface Estate {
  organization?: {
    id: string;
    managementAccountId: string;
    /** Role name every member account trusts the management account with (AssumeRole target). */
    memberRoleName?: string;
  };
  /** AWS accounts; empty when the estate has only Azure / GCP parts. */
  accounts: AccountEstate[];
  /** The Azure part (`azure:`): tenant, service principals, management groups, subscriptions. */
  azure?: AzureEstate;
  /** The GCP part (`gcp:`): organization, folders, projects. */
  gcp?: GcpEstate;
  /** Static credentials the simulator accepts; the first is the default caller. */
  credentials?: Array<{ accessKeyId: string; secretAccessKey: string; account: string; arn?: string }>;
  faults?: FaultSpec[];
  settings?: SimSettings;
}

export interface AccountEstate {
  id: string;
  name: string;
  email?: string;
  status?: 'ACTIVE' | 'SUSPENDED';
  /** Regions enabled for the account (opted in or on by default). Others show as `not-opted-in`. */
  regions: string[];
  /** Data of global services, by signing name: `iam`, `s3`, `s3control` ... */
  global: Record<string, any>;
  /** Data of regional services: `regional['us-east-1'].ec2`. */
  regional: Record<string, Record<string, any>>;
}

export interface SimSettings {
  /** Added to every call. */
  latencyMs?: number;
  /** Enforce AWS's documented request rate limits with token buckets per account and region. */
  rateLimits?: boolean;
}

/** A fault: every field but `effect` narrows where it applies (`*` or absent = any). */
export interface FaultSpec {
  account?: string;
  region?: string;
  service?: string;
  operation?: string;
  /** Matched against the request's string parameters (bucket name, key id, function name ...). */
  resource?: string;
  effect: 'deny' | 'throttle' | 'error' | 'timeout' | 'latency';
  /** Error code to return (defaults: the service's AccessDenied / throttling / InternalError codes). */
  code?: string;
  status?: number;
  latencyMs?: number;
  /** Fraction of matching calls affected (default 1). */
  probability?: number;
  /** Affect only the first N matching calls. */
  times?: number;
}
