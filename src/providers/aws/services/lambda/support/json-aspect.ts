import type { AwsCollectContext, CallResult } from '../../../collector.js';

/**
 * A call result whose value carries a JSON document in `field` (a policy text), parsed. Text that is not
 * JSON becomes a gap (code MalformedPolicyDocument): rules must not guess what an unreadable policy grants.
 * `null` (the provider said there is no such document) stays null.
 */
export function parsedJson<T>(
  ctx: AwsCollectContext,
  result: CallResult<T | null>,
  read: (value: T) => string | undefined,
  where: { service: string; operation: string; resource: string },
): CallResult<unknown> {
  if (!result.ok || result.value === null) return result;
  const text = read(result.value);
  try {
    return { ok: true, value: text === undefined ? null : JSON.parse(text), source: result.source };
  } catch (e) {
    const message = `the document is not valid JSON: ${(e as Error).message}`;
    return { ok: false, error: { provider: 'aws', account: ctx.account, region: ctx.region, ...where, code: 'MalformedPolicyDocument', message } };
  }
}
