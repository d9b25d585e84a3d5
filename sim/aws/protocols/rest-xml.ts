/**
 * restXml (S3, S3 Control): routing by method + path + static query of the `http` trait; S3 buckets come
 * from the path (path-style) or the Host (`bucket.localhost`, virtual-hosted); S3 Control carries the
 * account in `x-amz-account-id`. Bodies are XML; `httpPayload` members are the whole body (a structure as
 * the root element, a string such as a bucket policy as raw text).
 */
import type { OperationModel, ServiceModel } from '../model/sdk.js';
import { PROTOCOL_CODES } from './codes.js';
import { resolveError } from './errors.js';
import { matchRoute, rawPayload, readBindings, routeTable, writeBindings } from './http-bindings.js';
import type { OperationMatch, Protocol, WireRequest, WireResponse } from './types.js';
import { escapeXml, memberElementName, parseXmlRoot, readXml, readXmlMembers, structAttributes, writeMembers } from './xml.js';
import { scalarText } from './values.js';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isS3(model: ServiceModel): boolean {
  return model.namespace === 'com.amazonaws.s3';
}

function hasBucketLabel(op: OperationModel): boolean {
  return !!op.input.memberByName.get('Bucket')?.traits.httpLabel;
}

/** The bucket a request addresses and the path within it. */
export function s3Target(req: WireRequest): { bucket?: string; path: string } {
  const host = req.host;
  if (host && !IPV4.test(host) && !host.includes(':') && host !== 'localhost' && host.endsWith('.localhost')) {
    return { bucket: host.slice(0, -'.localhost'.length), path: req.path || '/' };
  }
  const m = /^\/([^/?]+)(\/.*)?$/.exec(req.path);
  if (!m) return { path: '/' };
  let bucket = m[1]!;
  try {
    bucket = decodeURIComponent(bucket);
  } catch {
    /* keep raw */
  }
  return { bucket, path: m[2] || '/' };
}

function xmlNs(model: ServiceModel): string {
  return model.xmlNamespace ? ` xmlns="${escapeXml(model.xmlNamespace)}"` : '';
}

export const restXmlProtocol: Protocol = {
  id: 'restXml',
  codes: PROTOCOL_CODES.restXml,

  route(req, model) {
    if (isS3(model)) {
      const { bucket, path } = s3Target(req);
      const table = bucket ? routeTable(model, 'bucket', hasBucketLabel, 'Bucket') : routeTable(model, 'service', (op) => !hasBucketLabel(op));
      const m = matchRoute(table, req.method, path, req.query);
      if (m && bucket !== undefined) m.labels = { ...m.labels, Bucket: bucket };
      return m;
    }
    return matchRoute(routeTable(model), req.method, req.path, req.query);
  },

  decode(req, match) {
    return readBindings(req, match, (payload, members) => {
      const text = req.body.length ? req.body.toString('utf8') : '';
      if (payload) {
        const k = payload.shape.kind;
        if (k === 'structure' || k === 'union') return text ? { [payload.name]: readXml(payload.shape, parseXmlRoot(text)) } : {};
        if (k === 'blob') return { [payload.name]: new Uint8Array(req.body) };
        return text ? { [payload.name]: text } : {};
      }
      return text ? readXmlMembers(members, parseXmlRoot(text)) : {};
    });
  },

  encode(match: OperationMatch, output: unknown, requestId: string, model: ServiceModel): WireResponse {
    const value = (output ?? {}) as Record<string, unknown>;
    const b = writeBindings(match.op, value);
    const headers: Record<string, string> = { ...b.headers, 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
    let body: string | Uint8Array = '';
    if (b.payload) {
      const v = value[b.payload.name];
      const k = b.payload.shape.kind;
      if (v !== undefined && v !== null) {
        if (k === 'structure' || k === 'union') {
          const root = (b.payload.traits.xmlName as string | undefined) ?? b.payload.shape.name;
          body = `<${root}${xmlNs(model)}${structAttributes(b.payload.shape, v, 5)}>${writeMembers(b.payload.shape, v, 5)}</${root}>`;
          headers['content-type'] = 'application/xml';
        } else {
          body = k === 'blob' || k === 'string' ? rawPayload(v) : (scalarText(b.payload.shape, v, 5) ?? '');
          headers['content-type'] = (b.payload.traits.mediaType as string | undefined) ?? (k === 'blob' ? 'application/octet-stream' : 'text/plain');
        }
      }
    } else if (b.bodyMembers.length) {
      const shape = match.op.output;
      const root = (shape.traits.xmlName as string | undefined) ?? shape.name;
      const only = b.bodyMembers.length === 1 ? b.bodyMembers[0]! : undefined;
      if (only && memberElementName(only) === root && only.shape.kind === 'string') {
        // GetBucketLocation: the root element's text is the member.
        const v = value[only.name];
        body = v === undefined || v === null || v === '' ? `<${root}${xmlNs(model)}/>` : `<${root}${xmlNs(model)}>${escapeXml(String(v))}</${root}>`;
      } else {
        body = `<${root}${xmlNs(model)}${structAttributes(shape, value, 5)}>${writeMembers(shape, value, 5, (m) => !b.bodyMembers.includes(m))}</${root}>`;
      }
      headers['content-type'] = 'application/xml';
    }
    return { status: b.status, headers, body };
  },

  error(err, requestId, model, _operation): WireResponse {
    const e = resolveError(err, model);
    const inner = `<Code>${escapeXml(e.code)}</Code><Message>${escapeXml(e.message)}</Message>`;
    const body =
      model && !isS3(model)
        ? `<ErrorResponse><Error>${inner}</Error><RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></ErrorResponse>`
        : `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${inner}<RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`;
    return {
      status: e.status,
      headers: { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'x-amz-id-2': requestId },
      body,
    };
  },
};
