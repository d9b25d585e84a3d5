/**
 * ec2Query (EC2): form-encoded requests with `ec2QueryName` keys and flattened lists (`GroupId.1`); XML
 * responses `<OpResponse xmlns><requestId>..` with members by `xmlName` and lists of `<item>`; errors
 * `<Response><Errors><Error><Code>..</Code><Message>..</Message></Error></Errors><RequestID>..`.
 */
import type { ServiceModel } from '../model/sdk.js';
import { PROTOCOL_CODES } from './codes.js';
import { resolveError } from './errors.js';
import { formTree, readForm } from './form.js';
import { formParams, xmlResponse } from './query.js';
import type { Protocol } from './types.js';
import { escapeXml, writeMembers } from './xml.js';

export const ec2Protocol: Protocol = {
  id: 'ec2Query',
  codes: PROTOCOL_CODES.ec2Query,

  route(req, model) {
    const action = formParams(req).get('Action');
    if (!action) return undefined;
    const op = model.operation(action);
    return op ? { op } : action;
  },

  decode(req, match) {
    return (readForm(match.op.input, formTree(formParams(req)), true) ?? {}) as Record<string, unknown>;
  },

  encode(match, output, requestId, model: ServiceModel) {
    const name = match.op.name;
    const ns = (model.xmlNamespace ?? 'http://ec2.amazonaws.com/doc/2016-11-15').replace(/\/?$/, '/');
    const body = `<${name}Response xmlns="${escapeXml(ns)}"><requestId>${requestId}</requestId>${writeMembers(match.op.output, output ?? {}, 5)}</${name}Response>`;
    return xmlResponse(200, body, requestId);
  },

  error(err, requestId, model) {
    const e = resolveError(err, model);
    const body =
      `<Response><Errors><Error><Code>${escapeXml(e.queryCode)}</Code><Message>${escapeXml(e.message)}</Message></Error></Errors>` +
      `<RequestID>${requestId}</RequestID></Response>`;
    return xmlResponse(e.status, body, requestId);
  },
};
