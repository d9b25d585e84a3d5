import type { ProtocolId } from '../model/sdk.js';
import { ec2Protocol } from './ec2.js';
import { json10Protocol, json11Protocol } from './json.js';
import { queryProtocol } from './query.js';
import { restJsonProtocol } from './rest-json.js';
import { restXmlProtocol } from './rest-xml.js';
import type { Protocol, WireRequest } from './types.js';

export const PROTOCOLS: Record<ProtocolId, Protocol> = {
  awsQuery: queryProtocol,
  ec2Query: ec2Protocol,
  restXml: restXmlProtocol,
  awsJson1_0: json10Protocol,
  awsJson1_1: json11Protocol,
  restJson1: restJsonProtocol,
};

/** Protocols of services the engine has no model for, by signing name (for error shapes only). */
const KNOWN: Record<string, ProtocolId> = {
  ec2: 'ec2Query',
  s3: 'restXml',
  s3control: 'restXml',
  iam: 'awsQuery',
  sts: 'awsQuery',
  rds: 'awsQuery',
  sns: 'awsQuery',
  elasticloadbalancing: 'awsQuery',
  cloudformation: 'awsQuery',
  autoscaling: 'awsQuery',
  lambda: 'restJson1',
  eks: 'restJson1',
  guardduty: 'restJson1',
};

/**
 * The protocol a request speaks when its service is unknown or it is not signed: from the signing name
 * when known, else from the request's own shape.
 */
export function sniffProtocol(req: WireRequest, signingName?: string): ProtocolId {
  const known = signingName ? KNOWN[signingName] : undefined;
  if (known) return known;
  const target = req.headers['x-amz-target'];
  if (target) return String(req.headers['content-type'] ?? '').includes('1.0') ? 'awsJson1_0' : 'awsJson1_1';
  const ct = String(req.headers['content-type'] ?? '');
  if (ct.startsWith('application/x-www-form-urlencoded') || req.query.has('Action')) {
    const body = req.body.toString('utf8');
    return /(^|&)Version=2016-11-15(&|$)/.test(body) || req.query.get('Version') === '2016-11-15' ? 'ec2Query' : 'awsQuery';
  }
  if (ct.includes('json')) return 'restJson1';
  return 'restXml';
}

export type { Protocol, WireRequest, WireResponse, WireError, OperationMatch } from './types.js';
