import type { AwsCollectContext } from '../../../collector.js';

/** `arn:aws:ec2:<region>:<account>:<type>/<id>`: instances, security groups, VPCs, network ACLs, volumes. */
export function ec2Arn(ctx: AwsCollectContext, type: string, id: string): string {
  return `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${type}/${id}`;
}

/** Snapshots and AMIs are ARNed without an account: `arn:aws:ec2:<region>::snapshot/<id>`. */
export function ec2ArnWithoutAccount(ctx: AwsCollectContext, type: 'snapshot' | 'image', id: string): string {
  return `arn:${ctx.partition}:ec2:${ctx.region}::${type}/${id}`;
}

/** Per-region settings: `arn:aws:ec2:<region>:<account>:<name>`. */
export function ec2SettingArn(ctx: AwsCollectContext, name: string): string {
  return `arn:${ctx.partition}:ec2:${ctx.region}:${ctx.account}:${name}`;
}

/** An SDK output without its `$metadata`, which describes the HTTP exchange, not the resource. */
export function withoutMetadata<T extends { $metadata?: unknown }>(output: T | null): Omit<T, '$metadata'> | null {
  if (output === null) return null;
  const { $metadata: _metadata, ...rest } = output;
  return rest;
}
