/**
 * IAM returns policy documents URL-encoded (RFC 3986) JSON, and the SDK passes them through as is. Collectors
 * store them decoded and parsed so rules read objects; text that is not JSON is kept decoded, as a string.
 */
export function decodePolicyDocument(encoded: string | undefined): unknown {
  if (encoded === undefined) return undefined;
  let text = encoded;
  try {
    text = decodeURIComponent(encoded);
  } catch {
    // Not URL-encoded after all (a malformed escape): parse the text as given.
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Inline policies with their documents decoded. */
export function decodeInlinePolicies<T extends { PolicyDocument?: string }>(list: T[] | undefined): Array<Omit<T, 'PolicyDocument'> & { PolicyDocument?: unknown }> | undefined {
  return list?.map((p) => ({ ...p, PolicyDocument: decodePolicyDocument(p.PolicyDocument) }));
}

/** An SDK output without its `$metadata` (request ids and retry counts are not configuration). */
export function withoutMetadata<T extends { $metadata?: unknown }>(out: T | null): Omit<T, '$metadata'> | null {
  if (out === null) return null;
  const { $metadata: _metadata, ...rest } = out;
  return rest;
}

/** ARN of an account-level IAM setting asset: `arn:<partition>:iam::<account>:<name>`. */
export function iamSettingArn(ctx: { partition: string; account: string }, name: string): string {
  return `arn:${ctx.partition}:iam::${ctx.account}:${name}`;
}
