import type {
  DescribeVolumesCommandInput,
  DescribeVolumesCommandOutput,
  GetEbsDefaultKmsKeyIdCommandOutput,
  GetEbsEncryptionByDefaultCommandOutput,
  Volume,
} from '@aws-sdk/client-ec2';
import type { SimHandler } from '../../service.js';
import { applyFilters, selectIds, type FilterAccessor } from './filters.js';
import { ec2Page } from './paging.js';
import type { Ec2Section } from './section.js';

type Out<T> = Omit<T, '$metadata'>;

const VOLUME_FILTERS: Record<string, FilterAccessor<Volume>> = {
  'volume-id': (v) => v.VolumeId,
  status: (v) => v.State,
  encrypted: (v) => String(v.Encrypted ?? false),
  'volume-type': (v) => v.VolumeType,
  'availability-zone': (v) => v.AvailabilityZone,
  'attachment.instance-id': (v) => (v.Attachments ?? []).map((a) => a.InstanceId),
  'attachment.status': (v) => (v.Attachments ?? []).map((a) => a.State),
  'snapshot-id': (v) => v.SnapshotId,
};

/** DescribeVolumes: MaxResults 5..500, larger values return 500 items (as the API reference says). */
export const describeVolumes: SimHandler = (input: DescribeVolumesCommandInput, ctx): Out<DescribeVolumesCommandOutput> => {
  let volumes = (ctx.regional<Ec2Section>('ec2').volumes ?? []).map((v) => ({ Attachments: [], ...v }));
  volumes = selectIds(volumes, input.VolumeIds, (v) => v.VolumeId, 'InvalidVolume.NotFound', 'volume');
  const page = ec2Page(applyFilters(volumes, input.Filters, VOLUME_FILTERS), input, { min: 5, max: 500, above: 'clamp' });
  return { Volumes: page.items, ...(page.NextToken ? { NextToken: page.NextToken } : {}) };
};

/** GetEbsEncryptionByDefault: off unless the estate turns it on, as for a new account. */
export const getEbsEncryptionByDefault: SimHandler = (_input, ctx): Out<GetEbsEncryptionByDefaultCommandOutput> => ({
  EbsEncryptionByDefault: ctx.regional<Ec2Section>('ec2').ebsEncryptionByDefault ?? false,
});

/** GetEbsDefaultKmsKeyId: the AWS managed aws/ebs alias unless a customer key was set. */
export const getEbsDefaultKmsKeyId: SimHandler = (_input, ctx): Out<GetEbsDefaultKmsKeyIdCommandOutput> => ({
  KmsKeyId: ctx.regional<Ec2Section>('ec2').ebsDefaultKmsKeyId ?? `arn:aws:kms:${ctx.region}:${ctx.account.id}:alias/aws/ebs`,
});
