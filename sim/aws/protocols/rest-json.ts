/**
 * restJson1 (Lambda, EKS, GuardDuty): routing by the `http` trait; labels, query and headers bound by
 * traits; JSON bodies with `jsonName` member names; errors in `x-amzn-ErrorType` plus a JSON body.
 */
import type { ServiceModel } from '../model/sdk.js';
import { PROTOCOL_CODES } from './codes.js';
import { resolveError } from './errors.js';
import { matchRoute, rawPayload, readBindings, routeTable, writeBindings } from './http-bindings.js';
import { fromJson, toJson } from './json-codec.js';
import { parseJsonBody } from './json.js';
import type { Protocol, WireResponse } from './types.js';

export const restJsonProtocol: Protocol = {
  id: 'restJson1',
  codes: PROTOCOL_CODES.restJson1,

  route(req, model) {
    return matchRoute(routeTable(model), req.method, req.path, req.query);
  },

  decode(req, match) {
    return readBindings(req, match, (payload, members) => {
      if (payload) {
        const k = payload.shape.kind;
        if (!req.body.length) return {};
        if (k === 'blob') return { [payload.name]: new Uint8Array(req.body) };
        if (k === 'string') return { [payload.name]: req.body.toString('utf8') };
        return { [payload.name]: fromJson(payload.shape, parseJsonBody(req.body), true) };
      }
      const body = parseJsonBody(req.body) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const m of members) {
        const v = body[(m.traits.jsonName as string | undefined) ?? m.name];
        if (v !== undefined && v !== null) out[m.name] = fromJson(m.shape, v, true);
      }
      return out;
    });
  },

  encode(match, output, requestId): WireResponse {
    const value = (output ?? {}) as Record<string, unknown>;
    const b = writeBindings(match.op, value);
    const headers: Record<string, string> = { ...b.headers, 'x-amzn-requestid': requestId };
    let body: string | Uint8Array = '';
    if (b.payload) {
      const v = value[b.payload.name];
      const k = b.payload.shape.kind;
      if (v !== undefined && v !== null) {
        if (k === 'blob' || k === 'string') {
          body = rawPayload(v);
          headers['content-type'] = (b.payload.traits.mediaType as string | undefined) ?? (k === 'blob' ? 'application/octet-stream' : 'text/plain');
        } else {
          body = JSON.stringify(toJson(b.payload.shape, v, true) ?? {});
          headers['content-type'] = 'application/json';
        }
      }
    } else {
      const out: Record<string, unknown> = {};
      for (const m of b.bodyMembers) {
        const v = value[m.name];
        if (v === undefined || v === null) continue;
        const j = toJson(m.shape, v, true);
        if (j !== undefined) out[(m.traits.jsonName as string | undefined) ?? m.name] = j;
      }
      body = JSON.stringify(out);
      headers['content-type'] = 'application/json';
    }
    return { status: b.status, headers, body };
  },

  error(err, requestId, model: ServiceModel | undefined): WireResponse {
    const e = resolveError(err, model);
    return {
      status: e.status,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId, 'x-amzn-errortype': e.code },
      body: JSON.stringify({ message: e.message, __type: e.code }),
    };
  },
};
