import type { IncomingHttpHeaders } from 'node:http';
import type { OperationModel, ProtocolId, ServiceModel } from '../model/sdk.js';

/** An HTTP request as the engine sees it (body fully read). */
export interface WireRequest {
  method: string;
  /** Raw (still percent-encoded) path. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Host header without port, lower case. */
  host: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** An AWS error to put on the wire. */
export interface WireError {
  code: string;
  message: string;
  status: number;
  /** awsQuery `<Type>`: Sender (client) or Receiver (server). Derived from status when absent. */
  fault?: 'client' | 'server';
  /** Whether `status` was chosen by the thrower (else a modeled status may replace the default 400). */
  explicitStatus?: boolean;
}

/** The operation a request calls, with what routing extracted (REST labels). */
export interface OperationMatch {
  op: OperationModel;
  labels?: Record<string, string>;
}

/** Standard error codes a protocol uses for engine-level failures. */
export interface ProtocolCodes {
  unknownOperation: [code: string, status: number];
  accessDenied: [string, number];
  throttling: [string, number];
  internal: [string, number];
  /** Access key not known. */
  invalidToken: [string, number];
  /** Request not signed. */
  missingToken: [string, number];
  expiredToken: [string, number];
}

export interface Protocol {
  readonly id: ProtocolId;
  readonly codes: ProtocolCodes;
  /**
   * Which operation the request calls: a match, the requested name when the model lacks it (RPC), or
   * undefined when the request names no operation the engine can tell.
   */
  route(req: WireRequest, model: ServiceModel): OperationMatch | string | undefined;
  /** The input in SDK shape. */
  decode(req: WireRequest, match: OperationMatch, model: ServiceModel): Record<string, unknown>;
  /** The handler's output (SDK shape) on the wire. */
  encode(match: OperationMatch, output: unknown, requestId: string, model: ServiceModel): WireResponse;
  error(err: WireError, requestId: string, model: ServiceModel | undefined, operation: string | undefined): WireResponse;
}
