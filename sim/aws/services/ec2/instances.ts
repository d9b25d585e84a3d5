import type { DescribeInstancesCommandInput, DescribeInstancesCommandOutput, Instance, Reservation } from '@aws-sdk/client-ec2';
import { createHash } from 'node:crypto';
import { SimError, type SimContext, type SimHandler } from '../../service.js';
import { applyFilters, type FilterAccessor } from './filters.js';
import { DESCRIBE_1000, ec2Page } from './paging.js';
import type { Ec2Section } from './section.js';

type Output = Omit<DescribeInstancesCommandOutput, '$metadata'>;

/** Reservations of the section: explicit ones, plus one per bare instance (id derived from the instance id). */
export function reservationsOf(section: Ec2Section, ownerId: string): Reservation[] {
  const explicit = (section.reservations ?? []).map((r) => ({ ...r, OwnerId: r.OwnerId ?? ownerId }));
  const wrapped = (section.instances ?? []).map((i) => ({
    ReservationId: `r-${createHash('sha1').update(i.InstanceId ?? '').digest('hex').slice(0, 17)}`,
    OwnerId: ownerId,
    Groups: [],
    Instances: [i],
  }));
  return [...explicit, ...wrapped];
}

const INSTANCE_FILTERS: Record<string, FilterAccessor<Instance>> = {
  'instance-id': (i) => i.InstanceId,
  'instance-state-name': (i) => i.State?.Name,
  'instance-type': (i) => i.InstanceType,
  'vpc-id': (i) => i.VpcId,
  'subnet-id': (i) => i.SubnetId,
  'image-id': (i) => i.ImageId,
  'ip-address': (i) => i.PublicIpAddress,
  'iam-instance-profile.arn': (i) => i.IamInstanceProfile?.Arn,
  'instance.group-id': (i) => (i.SecurityGroups ?? []).map((g) => g.GroupId),
  'metadata-options.http-tokens': (i) => i.MetadataOptions?.HttpTokens,
};

/**
 * DescribeInstances: filters apply to instances, reservations left empty by them are dropped; pages are
 * counted in reservations. MaxResults (5..1000) cannot be combined with InstanceIds.
 */
export const describeInstances: SimHandler = (input: DescribeInstancesCommandInput, ctx: SimContext): Output => {
  if (input.MaxResults !== undefined && input.InstanceIds?.length)
    throw new SimError('InvalidParameterCombination', 'The parameter instancesSet cannot be used with the parameter maxResults');
  const all = reservationsOf(ctx.regional<Ec2Section>('ec2'), ctx.account.id);
  const ids = input.InstanceIds?.length ? new Set(input.InstanceIds) : undefined;
  if (ids) {
    // Unknown ids fail the call even when filters would have dropped them anyway.
    const known = new Set(all.flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId)));
    const missing = [...ids].filter((id) => !known.has(id));
    if (missing.length) throw new SimError('InvalidInstanceID.NotFound', `The instance IDs '${missing.join(', ')}' do not exist`);
  }
  const reservations = all
    .map((r) => ({ ...r, Instances: applyFilters(r.Instances ?? [], input.Filters, INSTANCE_FILTERS).filter((i) => !ids || ids.has(i.InstanceId ?? '')) }))
    .filter((r) => r.Instances.length > 0);
  const page = ec2Page(reservations, input, DESCRIBE_1000);
  return { Reservations: page.items, ...(page.NextToken ? { NextToken: page.NextToken } : {}) };
};
