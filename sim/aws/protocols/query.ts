/**
 * awsQuery (IAM, STS, RDS, SNS, ELBv2): form-encoded `Action=..&Version=..` requests; XML responses
 * `<OpResponse xmlns><OpResult>..</OpResult><ResponseMetadata><RequestId>` and `<ErrorResponse>` errors.
 */
import type { ServiceModel } from '../model/sdk.js';
import { PROTOCOL_CODES } from './codes.js';
import { resolveError } from './errors.js';
import { formTree, readForm } from './form.js';
import type { OperationMatch, Protocol, WireError, WireRequest, WireResponse } from './types.js';
import { escapeXml, structAttributes, writeMembers } from './xml.js';

const paramCache = new WeakMap<WireRequest, URLSearchParams>();

/** Query string and form body parameters together. */
export function formParams(req: WireRequest): URLSearchParams {
  let p = paramCache.get(req);
  if (!p) {
    p = new URLSearchParams(req.query);
    const ct = String(req.headers['content-type'] ?? '');
    if (req.body.length && (ct === '' || ct.startsWith('application/x-www-form-urlencoded'))) {
      for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) p.append(k, v);
    }
    paramCache.set(req, p);
  }
  return p;
}

export function xmlResponse(status: number, body: string, requestId: string): WireResponse {
  return { status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}

export const queryProtocol: Protocol = {
  id: 'awsQuery',
  codes: PROTOCOL_CODES.awsQuery,

  route(req, model) {
    const action = formParams(req).get('Action');
    if (!action) return undefined;
    const op = model.operation(action);
    return op ? { op } : action;
  },

  decode(req, match) {
    return (readForm(match.op.input, formTree(formParams(req)), false) ?? {}) as Record<string, unknown>;
  },

  encode(match: OperationMatch, output: unknown, requestId: string, model: ServiceModel): WireResponse {
    const name = match.op.name;
    const shape = match.op.output;
    let result = '';
    if (shape.kind === 'structure') {
      const inner = writeMembers(shape, output ?? {}, 5);
      const attrs = structAttributes(shape, output, 5);
      result = inner ? `<${name}Result${attrs}>${inner}</${name}Result>` : `<${name}Result${attrs}/>`;
    }
    const body = `<${name}Response xmlns="${escapeXml(model.xmlNamespace ?? '')}">${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${name}Response>`;
    return xmlResponse(200, body, requestId);
  },

  error(err: WireError, requestId: string, model: ServiceModel | undefined): WireResponse {
    const e = resolveError(err, model);
    const ns = model?.xmlNamespace ? ` xmlns="${escapeXml(model.xmlNamespace)}"` : '';
    const body =
      `<ErrorResponse${ns}><Error><Type>${e.fault === 'server' ? 'Receiver' : 'Sender'}</Type>` +
      `<Code>${escapeXml(e.queryCode)}</Code><Message>${escapeXml(e.message)}</Message></Error>` +
      `<RequestId>${requestId}</RequestId></ErrorResponse>`;
    return xmlResponse(e.status, body, requestId);
  },
};
