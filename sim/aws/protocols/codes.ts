import type { ProtocolId } from '../model/sdk.js';
import type { ProtocolCodes } from './types.js';

/** Engine-level error codes each protocol family uses, as the services document them. */
export const PROTOCOL_CODES: Record<ProtocolId, ProtocolCodes> = {
  awsQuery: {
    unknownOperation: ['InvalidAction', 400],
    accessDenied: ['AccessDenied', 403],
    throttling: ['Throttling', 400],
    internal: ['InternalFailure', 500],
    invalidToken: ['InvalidClientTokenId', 403],
    missingToken: ['MissingAuthenticationToken', 403],
    expiredToken: ['ExpiredToken', 400],
  },
  ec2Query: {
    unknownOperation: ['InvalidAction', 400],
    accessDenied: ['UnauthorizedOperation', 403],
    throttling: ['RequestLimitExceeded', 503],
    internal: ['InternalError', 500],
    invalidToken: ['AuthFailure', 401],
    missingToken: ['MissingAuthenticationToken', 401],
    expiredToken: ['AuthFailure', 401],
  },
  restXml: {
    unknownOperation: ['NotImplemented', 501],
    accessDenied: ['AccessDenied', 403],
    throttling: ['SlowDown', 503],
    internal: ['InternalError', 500],
    invalidToken: ['InvalidAccessKeyId', 403],
    missingToken: ['AccessDenied', 403],
    expiredToken: ['ExpiredToken', 400],
  },
  awsJson1_0: {
    unknownOperation: ['UnknownOperationException', 400],
    accessDenied: ['AccessDeniedException', 400],
    throttling: ['ThrottlingException', 400],
    internal: ['InternalFailure', 500],
    invalidToken: ['UnrecognizedClientException', 400],
    missingToken: ['MissingAuthenticationTokenException', 403],
    expiredToken: ['ExpiredTokenException', 400],
  },
  awsJson1_1: {
    unknownOperation: ['UnknownOperationException', 400],
    accessDenied: ['AccessDeniedException', 400],
    throttling: ['ThrottlingException', 400],
    internal: ['InternalFailure', 500],
    invalidToken: ['UnrecognizedClientException', 400],
    missingToken: ['MissingAuthenticationTokenException', 403],
    expiredToken: ['ExpiredTokenException', 400],
  },
  restJson1: {
    unknownOperation: ['UnknownOperationException', 404],
    accessDenied: ['AccessDeniedException', 403],
    throttling: ['ThrottlingException', 429],
    internal: ['InternalFailure', 500],
    invalidToken: ['UnrecognizedClientException', 403],
    missingToken: ['MissingAuthenticationTokenException', 403],
    expiredToken: ['ExpiredTokenException', 403],
  },
};

/** Where a service documents other codes than its protocol family (by signing name). */
export const SERVICE_CODES: Record<string, Partial<ProtocolCodes>> = {
  lambda: { throttling: ['TooManyRequestsException', 429], internal: ['ServiceException', 500] },
  eks: { internal: ['ServerException', 500] },
  guardduty: { internal: ['InternalServerErrorException', 500] },
  kms: { internal: ['KMSInternalException', 500] },
  sts: { accessDenied: ['AccessDenied', 403] },
  organizations: { throttling: ['TooManyRequestsException', 400], internal: ['ServiceException', 500] },
  secretsmanager: { internal: ['InternalServiceError', 500] },
  logs: { internal: ['ServiceUnavailableException', 500] },
  cloudtrail: { internal: ['InternalFailure', 500] },
  sqs: { accessDenied: ['AccessDenied', 403], throttling: ['RequestThrottled', 403] },
  monitoring: { accessDenied: ['AccessDenied', 403], throttling: ['Throttling', 400], internal: ['InternalServiceError', 500] },
  ecr: { internal: ['ServerException', 500] },
  config: { internal: ['InternalFailure', 500] },
};

export function codesFor(protocol: ProtocolId, signingName: string | undefined): ProtocolCodes {
  const base = PROTOCOL_CODES[protocol];
  const o = signingName ? SERVICE_CODES[signingName] : undefined;
  return o ? { ...base, ...o } : base;
}
