/**
 * awsJson1_0 / awsJson1_1 (KMS, CloudTrail, Logs, Config, Organizations, Secrets Manager, ECR, SQS,
 * CloudWatch): `X-Amz-Target: Prefix.Operation`, JSON bodies; errors `{"__type","message"}` with
 * `x-amzn-ErrorType` (and `x-amzn-query-error` for query-compatible services).
 */
import type { ProtocolId, ServiceModel } from '../model/sdk.js';
import { PROTOCOL_CODES } from './codes.js';
import { resolveError } from './errors.js';
import { fromJson, toJson } from './json-codec.js';
import type { Protocol, WireError, WireResponse } from './types.js';

export function parseJsonBody(body: Buffer): unknown {
  if (!body.length) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return {};
  }
}

function jsonRpc(id: 'awsJson1_0' | 'awsJson1_1'): Protocol {
  const contentType = id === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
  return {
    id: id as ProtocolId,
    codes: PROTOCOL_CODES[id],

    route(req, model) {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (!target) return undefined;
      const name = target.slice(target.lastIndexOf('.') + 1);
      const op = model.operation(name);
      return op ? { op } : name;
    },

    decode(req, match) {
      return (fromJson(match.op.input, parseJsonBody(req.body), false) ?? {}) as Record<string, unknown>;
    },

    encode(match, output, requestId) {
      const body = JSON.stringify(toJson(match.op.output, output ?? {}, false) ?? {});
      return { status: 200, headers: { 'content-type': contentType, 'x-amzn-requestid': requestId }, body };
    },

    error(err: WireError, requestId: string, model: ServiceModel | undefined): WireResponse {
      const e = resolveError(err, model);
      const headers: Record<string, string> = { 'content-type': contentType, 'x-amzn-requestid': requestId, 'x-amzn-errortype': e.code };
      if (model?.queryCompatible) headers['x-amzn-query-error'] = `${e.queryCode};${e.fault === 'server' ? 'Receiver' : 'Sender'}`;
      return { status: e.status, headers, body: JSON.stringify({ __type: e.code, message: e.message }) };
    },
  };
}

export const json10Protocol = jsonRpc('awsJson1_0');
export const json11Protocol = jsonRpc('awsJson1_1');
