/**
 * Estates are written in YAML, where dates are ISO strings. These helpers let a section type accept
 * either and hand the SDK's Date to the engine. (Used by the RDS, KMS, CloudTrail and Config simulators.)
 */

/** `T` with every top-level Date member also accepting an ISO string. */
export type Dated<T> = { [K in keyof T]: NonNullable<T[K]> extends Date ? Date | string | undefined : T[K] };

export const toDate = (v: Date | string | undefined): Date | undefined => (v === undefined ? undefined : v instanceof Date ? v : new Date(v));
