import { SimError } from '../../service.js';

/** How an EC2 Describe call pages: the MaxResults range it accepts and what happens above it. */
export interface PageLimits {
  min: number;
  max: number;
  /** Above `max`: EC2 either rejects the value or silently returns `max` items (DescribeVolumes, DescribeSnapshots). */
  above: 'reject' | 'clamp';
}

function decodeToken(token: string): number {
  const n = Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) throw new SimError('InvalidPaginationToken', `The pagination token "${token}" is invalid.`);
  return n;
}

/**
 * One page of an EC2 listing. Without MaxResults (and without a token) EC2 returns everything in one
 * response; with it, `MaxResults` items and a `NextToken` while more remain.
 */
export function ec2Page<T>(items: readonly T[], input: { MaxResults?: number; NextToken?: string }, limits: PageLimits): { items: T[]; NextToken?: string } {
  let size = items.length;
  if (input.MaxResults !== undefined && input.MaxResults !== null) {
    const max = Number(input.MaxResults);
    if (max < limits.min || (max > limits.max && limits.above === 'reject'))
      throw new SimError('InvalidParameterValue', `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value between ${limits.min} and ${limits.max}.`);
    size = Math.min(max, limits.max);
  }
  const start = input.NextToken ? decodeToken(input.NextToken) : 0;
  const slice = items.slice(start, start + Math.max(size, 0));
  const end = start + slice.length;
  return end < items.length ? { items: slice, NextToken: Buffer.from(String(end), 'utf8').toString('base64url') } : { items: slice };
}

export const DESCRIBE_1000: PageLimits = { min: 5, max: 1000, above: 'reject' };
