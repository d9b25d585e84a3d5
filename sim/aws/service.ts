import type { AccountEstate, Estate } from './estate.js';

/** What a handler knows about the call it answers. */
export interface SimContext {
  readonly estate: Estate;
  /** The account the caller's credentials belong to. */
  readonly account: AccountEstate;
  readonly region: string;
  readonly requestId: string;
  /** ARN of the calling principal. */
  readonly principalArn: string;
  /** The account's data for a global service (`iam`, `s3`), or an empty object. */
  global<T = any>(service: string): T;
  /** The account's data for a regional service in the call's region, or an empty object. */
  regional<T = any>(service: string): T;
}

/** An AWS error the engine encodes in the protocol's own error shape. */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'SimError';
  }
}

/**
 * Answers one operation: gets the input in SDK shape (as the SDK's input type), returns the output in SDK
 * shape; the engine encodes it on the wire from the SDK's own schema. Throws SimError for AWS errors.
 */
export type SimHandler = (input: any, ctx: SimContext) => unknown;

export interface SimService {
  /** SigV4 signing name: `ec2`, `s3`, `iam`, `monitoring` (CloudWatch), `logs` ... */
  signingName: string;
  /** The package whose exported schemas (`Operation$`) describe the wire: `@aws-sdk/client-ec2`. */
  sdk: string;
  operations: Record<string, SimHandler>;
}

/** Slices a list the way AWS pages: returns the page and the next token (an opaque offset). */
export function page<T>(items: readonly T[], token: string | undefined | null, max: number | undefined | null, defaultMax: number): { items: T[]; next: string | undefined } {
  const start = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) || 0 : 0;
  const size = Math.max(1, max ?? defaultMax);
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  return { items: slice, next: end < items.length ? Buffer.from(String(end), 'utf8').toString('base64url') : undefined };
}
