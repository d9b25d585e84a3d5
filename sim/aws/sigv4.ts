/**
 * Reads who signed a request and for what: the SigV4 credential scope
 * (`Credential=AKID/20260101/us-east-1/s3/aws4_request`) from the Authorization header or a presigned
 * query. Signatures are not verified: the simulator trusts its loopback callers.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface SignedScope {
  accessKeyId: string;
  region: string;
  /** Signing name: `ec2`, `s3`, `monitoring` ... */
  service: string;
  sessionToken?: string;
}

const CREDENTIAL = /Credential=([^,\s]+)/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return v === undefined ? undefined : Array.isArray(v) ? v[0] : String(v);
}

function fromCredential(cred: string, headers: IncomingHttpHeaders): Omit<SignedScope, 'sessionToken'> | undefined {
  const parts = cred.split('/');
  if (parts.length === 5) return { accessKeyId: parts[0]!, region: parts[2]!, service: parts[3]! };
  // SigV4a: AKID/date/service/aws4_request, regions in X-Amz-Region-Set.
  if (parts.length === 4) {
    const set = header(headers, 'x-amz-region-set') ?? 'us-east-1';
    return { accessKeyId: parts[0]!, region: set.split(',')[0]!.trim() === '*' ? 'us-east-1' : set.split(',')[0]!.trim(), service: parts[2]! };
  }
  return undefined;
}

export function signedScope(headers: IncomingHttpHeaders, query: URLSearchParams): SignedScope | undefined {
  const auth = header(headers, 'authorization');
  if (auth) {
    const m = CREDENTIAL.exec(auth);
    const scope = m ? fromCredential(m[1]!, headers) : undefined;
    if (!scope) return undefined;
    const token = header(headers, 'x-amz-security-token');
    return token ? { ...scope, sessionToken: token } : scope;
  }
  const cred = query.get('X-Amz-Credential');
  if (cred) {
    const scope = fromCredential(cred, headers);
    if (!scope) return undefined;
    const token = query.get('X-Amz-Security-Token') ?? header(headers, 'x-amz-security-token');
    return token ? { ...scope, sessionToken: token } : scope;
  }
  return undefined;
}
