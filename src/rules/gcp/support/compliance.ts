import type { ComplianceRef } from '../../../core/rule.js';

/**
 * CIS Google Cloud Platform Foundation Benchmark v4.0.0: the recommendation numbers used here were checked
 * against published listings of that version (sections 1 IAM ... 7 BigQuery).
 */
export const CIS_GCP = 'cis-gcp-foundations-v4.0.0';
export const NIST = 'nist-800-53-r5';

/** The CIS recommendation and the NIST SP 800-53 r5 controls a rule maps to. */
export function mappings(cis: string, nist: string[] = []): ComplianceRef[] {
  return [{ framework: CIS_GCP, control: cis }, ...nist.map((control) => ({ framework: NIST, control }))];
}

/** NIST SP 800-53 r5 controls alone, for rules outside the CIS Foundations benchmark (GKE). */
export const nistOnly = (...controls: string[]): ComplianceRef[] => controls.map((control) => ({ framework: NIST, control }));
