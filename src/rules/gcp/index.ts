import type { Rule } from '../../core/rule.js';
import { rules as bigquery } from './bigquery/index.js';
import { rules as compute } from './compute/index.js';
import { rules as dns } from './dns/index.js';
import { rules as gke } from './gke/index.js';
import { rules as iam } from './iam/index.js';
import { rules as kms } from './kms/index.js';
import { rules as logging } from './logging/index.js';
import { rules as sql } from './sql/index.js';
import { rules as storage } from './storage/index.js';

/** GCP rules: CIS Google Cloud Platform Foundation Benchmark v4.0.0 recommendations in benchmark order, then GKE hardening. */
export const gcpRules: Rule[] = [...iam, ...kms, ...logging, ...compute, ...dns, ...storage, ...sql, ...bigquery, ...gke];
