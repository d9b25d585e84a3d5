import type { ErrorModel, ServiceModel } from '../model/sdk.js';
import type { WireError } from './types.js';

export interface ResolvedError {
  /** Code for the protocol's main error field (`__type`, `<Code>`, x-amzn-ErrorType). */
  code: string;
  /** awsQuery code (awsQuery / ec2Query bodies, `x-amzn-query-error` of query-compatible JSON services). */
  queryCode: string;
  status: number;
  fault: 'client' | 'server';
  message: string;
}

/**
 * Maps a thrown code onto the service's modeled error: handlers may throw the SDK's error name
 * (`NoSuchEntityException`) or the awsQuery wire code (`NoSuchEntity`); the wire gets what AWS sends.
 */
export function resolveError(err: WireError, model: ServiceModel | undefined): ResolvedError {
  const em = model?.error(err.code);
  let status = err.status;
  if (em && model && !err.explicitStatus && status === 400) status = modeledStatus(model, em) ?? status;
  const fault = err.fault ?? em?.fault ?? (status >= 500 ? 'server' : 'client');
  if (!em) return { code: err.code, queryCode: err.code, status, fault, message: err.message };
  return { code: em.name, queryCode: em.queryCode ?? em.name, status, fault, message: err.message };
}

/**
 * The status AWS sends for a modeled error: awsQuery services (and JSON services that were awsQuery) by
 * their awsQueryError status, REST services by httpError; other JSON RPC services answer 400.
 */
function modeledStatus(model: ServiceModel, em: ErrorModel): number | undefined {
  switch (model.protocol) {
    case 'awsQuery':
    case 'ec2Query':
      return em.queryStatus ?? em.httpStatus;
    case 'restXml':
    case 'restJson1':
      return em.httpStatus;
    default:
      return model.queryCompatible ? em.queryStatus : undefined;
  }
}
