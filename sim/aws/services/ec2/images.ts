import type { DescribeImagesCommandInput, DescribeImagesCommandOutput, Image } from '@aws-sdk/client-ec2';
import type { SimHandler } from '../../service.js';
import { applyFilters, selectIds, type FilterAccessor } from './filters.js';
import { ec2Page } from './paging.js';
import type { Ec2Section } from './section.js';

type Out<T> = Omit<T, '$metadata'>;

const IMAGE_FILTERS: Record<string, FilterAccessor<Image>> = {
  'image-id': (i) => i.ImageId,
  'is-public': (i) => String(i.Public ?? false),
  state: (i) => i.State,
  name: (i) => i.Name,
  'owner-id': (i) => i.OwnerId,
  'image-type': (i) => i.ImageType,
};

/**
 * DescribeImages over the AMIs the account can see (its own, and any shared with it). `Owners: ['self']` or
 * an account id selects by owner; Amazon/marketplace owner aliases match none. MaxResults 1..1000.
 */
export const describeImages: SimHandler = (input: DescribeImagesCommandInput, ctx): Out<DescribeImagesCommandOutput> => {
  let images = (ctx.regional<Ec2Section>('ec2').images ?? []).map((i) => ({ OwnerId: ctx.account.id, State: 'available' as const, ImageType: 'machine' as const, Public: false, ...i }));
  if (input.Owners?.length) images = images.filter((i) => input.Owners!.some((o) => (o === 'self' ? ctx.account.id : o) === i.OwnerId));
  images = selectIds(images, input.ImageIds, (i) => i.ImageId, 'InvalidAMIID.NotFound', 'AMI');
  const page = ec2Page(applyFilters(images, input.Filters, IMAGE_FILTERS), input, { min: 1, max: 1000, above: 'reject' });
  return { Images: page.items, ...(page.NextToken ? { NextToken: page.NextToken } : {}) };
};
