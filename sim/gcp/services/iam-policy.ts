/**
 * IAM policies as Google APIs return them (`Policy`: version, etag, bindings, auditConfigs), shared by the
 * simulated `getIamPolicy` methods (Resource Manager projects, Cloud KMS keys).
 */
import { createHash } from 'node:crypto';
import { GcpSimError } from '../service.js';

export interface SimBinding {
  role: string;
  members: string[];
  condition?: { expression: string; title?: string; description?: string };
}

export interface SimAuditConfig {
  service: string;
  auditLogConfigs: Array<{ logType: 'ADMIN_READ' | 'DATA_READ' | 'DATA_WRITE'; exemptedMembers?: string[] }>;
}

export interface SimPolicy {
  version?: number;
  etag?: string;
  bindings?: SimBinding[];
  auditConfigs?: SimAuditConfig[];
}

/** An etag as IAM writes it (base64 of an opaque version); an empty policy's etag is `ACAB`. */
export function etagOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest().subarray(0, 8).toString('base64');
}

/**
 * The policy answered for `options.requestedPolicyVersion`: version 3 only when asked for and a binding has
 * a condition; asking for an older version of a conditional policy is an error, as IAM documents.
 */
export function policyResponse(bindings: SimBinding[], auditConfigs: SimAuditConfig[], requested: number | undefined): SimPolicy {
  const conditional = bindings.some((b) => b.condition);
  if (conditional && (requested ?? 1) < 3) {
    throw new GcpSimError(400, 'INVALID_ARGUMENT', 'Policies with conditional role bindings must be requested with options.requestedPolicyVersion 3.', 'badRequest');
  }
  if (bindings.length === 0 && auditConfigs.length === 0) return { version: 1, etag: 'ACAB' };
  const out: SimPolicy = { version: conditional ? 3 : 1, etag: etagOf({ bindings, auditConfigs }) };
  if (bindings.length) out.bindings = bindings;
  if (auditConfigs.length) out.auditConfigs = auditConfigs;
  return out;
}

/** `options.requestedPolicyVersion` from a GET query or a POST body (`{ options: { requestedPolicyVersion } }`). */
export function requestedVersion(query: URLSearchParams, body: any): number | undefined {
  const raw = body?.options?.requestedPolicyVersion ?? query.get('options.requestedPolicyVersion') ?? undefined;
  return raw === undefined || raw === null ? undefined : Number(raw);
}
