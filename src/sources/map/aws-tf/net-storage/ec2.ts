/**
 * EC2 compute and block storage:
 * - `aws_instance` → `AWS::EC2::Instance` (aspect `instance`, a DescribeInstances entry), and one
 *   `AWS::EC2::Volume` per `root_block_device` / `ebs_block_device` it creates (DescribeInstances does not
 *   carry encryption; the live volumes collector lists those volumes with their attachment);
 * - `aws_ebs_volume` (+ `aws_volume_attachment`) → `AWS::EC2::Volume` (aspect `volume`);
 * - `aws_ebs_encryption_by_default` (+ `aws_ebs_default_kms_key`) → `AWS::EC2::EbsEncryptionByDefault`;
 * - `aws_ebs_snapshot_block_public_access` → `AWS::EC2::SnapshotBlockPublicAccess`.
 *
 * Defaults are the ones AWS applies when the argument is omitted: metadata endpoint enabled with tokens
 * `optional` (RunInstances' default for AMIs without ImdsSupport v2.0), detailed monitoring off. A volume's
 * encryption when `encrypted` is omitted depends on the region's encryption-by-default setting (and, for
 * root volumes, on the AMI's snapshot), so it is only known when this configuration turns encryption by
 * default on in the same region.
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, block, blocks, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, kmsKeyRef, num, placement, present, ResourceIndex, str } from './common.js';

/** Regions (as the provider configuration names them) where this configuration enables EBS encryption by default. */
function encryptedByDefaultRegions(index: ResourceIndex): Set<string> {
  const out = new Set<string>();
  // Only a known region settles it: two provider configurations of unknown region may be different regions.
  for (const r of index.of('aws_ebs_encryption_by_default')) {
    const region = placement(r).region;
    if (r.mode === 'managed' && region && bool(r.values.enabled, true) === true) out.add(region);
  }
  return out;
}

/** Whether a volume ends up encrypted: true when asked or when the region encrypts by default, else as written (unknown when omitted). */
function volumeEncrypted(v: unknown, byDefault: boolean, why: string): boolean | Unknown {
  if (byDefault) return true;
  const e = bool(v, false);
  if (v === undefined || v === null) return new Unknown(why);
  return e;
}

function tagList(tags: Record<string, string>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** The launch template an instance names, when it is one of this configuration's `aws_launch_template`s. */
function launchTemplate(instance: IacResource, index: ResourceIndex): IacResource | undefined {
  const lt = block(instance.values.launch_template);
  if (!lt) return undefined;
  return index.targets(instance, lt.id ?? lt.name, ['aws_launch_template'], lt.id !== undefined ? ['id'] : ['name'])[0];
}

function metadataOptions(instance: IacResource, index: ResourceIndex): unknown {
  let opts = instance.values.metadata_options;
  if ((opts === undefined || (Array.isArray(opts) && !opts.length)) && instance.values.launch_template !== undefined) {
    const lt = launchTemplate(instance, index);
    if (!lt) return new Unknown('metadata options come from a launch template outside this configuration');
    opts = lt.values.metadata_options;
  }
  if (isUnknown(opts)) return opts;
  const m = block(opts) ?? {};
  return compact({
    State: 'applied',
    HttpTokens: str(m.http_tokens, 'optional'),
    HttpPutResponseHopLimit: num(m.http_put_response_hop_limit, 1),
    HttpEndpoint: str(m.http_endpoint, 'enabled'),
    HttpProtocolIpv6: ifKnown(str(m.http_protocol_ipv6, 'disabled')),
    InstanceMetadataTags: ifKnown(str(m.instance_metadata_tags, 'disabled')),
  });
}

const PLACEHOLDER_IP = '(public IPv4 address known after apply)';

/**
 * The public IPv4 address the instance gets: with `associate_public_ip_address` as written, else from the
 * subnet's `map_public_ip_on_launch` when the subnet is in this configuration; an instance without a subnet
 * lands in the default VPC, whose subnets assign public addresses.
 */
function publicIp(instance: IacResource, index: ResourceIndex): string | undefined | Unknown {
  const v = instance.values;
  if (v.associate_public_ip_address !== undefined && v.associate_public_ip_address !== null) {
    const a = bool(v.associate_public_ip_address, false);
    return isUnknown(a) ? a : a ? PLACEHOLDER_IP : undefined;
  }
  if (v.network_interface !== undefined && blocks(v.network_interface).length) return new Unknown('the public address depends on the attached network interface');
  if (v.subnet_id === undefined || v.subnet_id === null) {
    if (v.launch_template !== undefined) return new Unknown('the subnet comes from the launch template');
    return PLACEHOLDER_IP;
  }
  const [subnet] = index.targets(instance, v.subnet_id, ['aws_subnet', 'aws_default_subnet'], ['id']);
  if (!subnet) return new Unknown(`subnet ${typeof v.subnet_id === 'string' ? v.subnet_id : 'referenced'} is not in this configuration, so whether it assigns public addresses is unknown`);
  const map = bool(subnet.values.map_public_ip_on_launch, subnet.type === 'aws_default_subnet');
  return isUnknown(map) ? map : map ? PLACEHOLDER_IP : undefined;
}

function instanceProfile(instance: IacResource, index: ResourceIndex): unknown {
  const p = instance.values.iam_instance_profile;
  if (p === undefined || p === null || p === '') return undefined;
  const { account, partition } = placement(instance);
  let name = knownString(p);
  if (!name && isUnknown(p)) name = knownString(index.targets(instance, p, ['aws_iam_instance_profile'], ['name'])[0]?.values.name);
  if (name) return { Arn: `arn:${partition}:iam::${account ?? ''}:instance-profile/${name}` };
  const arn = present(p);
  return isUnknown(arn) ? arn : { Arn: arn };
}

function mapInstance(r: IacResource, index: ResourceIndex, byDefault: Set<string>, ctx: MapContext): Asset[] {
  const v = r.values;
  const { region, account } = placement(r);
  const tags = awsTags(r);
  const id = iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id, type: 'AWS::EC2::Instance', kind: 'compute.instance', name: tags.Name ?? r.address, account, region, tags }, r, ctx, 'ec2');
  const monitoring = bool(v.monitoring, false);
  b.aspect('instance', () =>
    compact({
      ImageId: ifKnown(str(v.ami)),
      InstanceType: ifKnown(str(v.instance_type)),
      State: { Code: 16, Name: 'running' },
      MetadataOptions: metadataOptions(r, index),
      PublicIpAddress: publicIp(r, index),
      IamInstanceProfile: instanceProfile(r, index),
      Monitoring: { State: isUnknown(monitoring) ? monitoring : monitoring ? 'enabled' : 'disabled' },
      EbsOptimized: ifKnown(bool(v.ebs_optimized, false)),
      SubnetId: ifKnown(str(v.subnet_id)),
      Tags: tagList(tags),
    }),
  );
  const out = [b.build()];
  const encryptsByDefault = region !== undefined && byDefault.has(region);
  const devices: Array<{ name: string; dev: Record<string, unknown>; root: boolean }> = [
    ...blocks(v.root_block_device).map((dev) => ({ name: 'root', dev, root: true })),
    ...blocks(v.ebs_block_device).map((dev) => ({ name: knownString(dev.device_name)?.replace(/^\/dev\//, '') ?? 'ebs', dev, root: false })),
  ];
  if (!blocks(v.root_block_device).length) devices.unshift({ name: 'root', dev: {}, root: true });
  for (const { name, dev, root } of devices) {
    const volId = `${id}/volume/${name}`;
    const vb = new AssetBuilder({ provider: 'aws', id: volId, type: 'AWS::EC2::Volume', kind: 'storage.volume', name: `${r.address} ${name} volume`, account, region, tags }, r, ctx, 'ec2');
    const why = root ? 'the root volume is encrypted as the AMI snapshot and the region default decide' : dev.snapshot_id ? 'the volume is encrypted as its snapshot and the region default decide' : 'encryption follows the region default (encrypted not written)';
    vb.aspect('volume', () => {
      const encrypted = volumeEncrypted(dev.encrypted, encryptsByDefault, why);
      return compact({
        Encrypted: encrypted,
        KmsKeyId: encrypted === true && dev.kms_key_id !== undefined && dev.kms_key_id !== null ? kmsKeyRef(dev.kms_key_id, r) : undefined,
        Size: ifKnown(num(dev.volume_size)),
        VolumeType: ifKnown(str(dev.volume_type)),
        Iops: ifKnown(num(dev.iops)),
        SnapshotId: ifKnown(str(dev.snapshot_id)),
        State: 'in-use',
        Attachments: [compact({ State: 'attached', Device: root ? undefined : ifKnown(str(dev.device_name)), DeleteOnTermination: ifKnown(bool(dev.delete_on_termination, true)) })],
        Tags: tagList(tags),
      });
    });
    out.push(vb.build());
  }
  return out;
}

function mapVolume(r: IacResource, attachments: IacResource[], byDefault: Set<string>, ctx: MapContext): Asset {
  const v = r.values;
  const { region, account } = placement(r);
  const tags = awsTags(r);
  const b = new AssetBuilder({ provider: 'aws', id: iacId(r), type: 'AWS::EC2::Volume', kind: 'storage.volume', name: tags.Name ?? r.address, account, region, tags }, r, ctx, 'ec2');
  b.aspect('volume', () => {
    const why = v.snapshot_id ? 'the volume is encrypted as its snapshot and the region default decide' : 'encryption follows the region default (encrypted not written)';
    const encrypted = volumeEncrypted(v.encrypted, region !== undefined && byDefault.has(region), why);
    return compact({
      Encrypted: encrypted,
      KmsKeyId: encrypted === true && v.kms_key_id !== undefined && v.kms_key_id !== null ? kmsKeyRef(v.kms_key_id, r) : undefined,
      Size: ifKnown(num(v.size)),
      VolumeType: ifKnown(str(v.type, 'gp2')),
      AvailabilityZone: ifKnown(str(v.availability_zone)),
      SnapshotId: ifKnown(str(v.snapshot_id)),
      State: attachments.length ? 'in-use' : 'available',
      Attachments: attachments.map((a) => compact({ State: 'attached', Device: ifKnown(str(a.values.device_name)), InstanceId: ifKnown(str(a.values.instance_id)) })),
      Tags: tagList(tags),
    });
  });
  return b.build();
}

function mapEncryptionByDefault(r: IacResource, keys: IacResource[], ctx: MapContext): Asset {
  const { region, account, partition } = placement(r);
  const id = region && account ? `arn:${partition}:ec2:${region}:${account}:ebs-encryption-by-default` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id, type: 'AWS::EC2::EbsEncryptionByDefault', kind: 'account.setting', name: `ebs-encryption-by-default (${region ?? 'unknown'})`, account, region }, r, ctx, 'ec2');
  b.aspect('ebsEncryptionByDefault', () => ({ EbsEncryptionByDefault: bool(r.values.enabled, true) }));
  const key = keys[0];
  if (key) b.aspect('ebsDefaultKmsKeyId', () => ({ KmsKeyId: kmsKeyRef(key.values.key_arn, key) }));
  else b.defaulted('ebsDefaultKmsKeyId', { KmsKeyId: 'alias/aws/ebs' });
  return b.build();
}

function mapSnapshotBlock(r: IacResource, ctx: MapContext): Asset {
  const { region, account, partition } = placement(r);
  const id = region && account ? `arn:${partition}:ec2:${region}:${account}:snapshot-block-public-access` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id, type: 'AWS::EC2::SnapshotBlockPublicAccess', kind: 'account.setting', name: `snapshot-block-public-access (${region ?? 'unknown'})`, account, region }, r, ctx, 'ec2');
  b.aspect('snapshotBlockPublicAccess', () => ({ State: str(r.values.state) }));
  return b.build();
}

export const ec2Mapper: IacMapper = {
  provider: 'aws',
  // Subnets and launch templates have no asset of their own (no live collector lists them); they are read
  // for the public address and metadata options of the instances that use them.
  types: ['aws_instance', 'aws_ebs_volume', 'aws_volume_attachment', 'aws_ebs_encryption_by_default', 'aws_ebs_default_kms_key', 'aws_ebs_snapshot_block_public_access', 'aws_subnet', 'aws_default_subnet', 'aws_launch_template'],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const byDefault = encryptedByDefaultRegions(index);
    const attachmentsOf = index.children(['aws_volume_attachment'], 'volume_id', ['aws_ebs_volume'], ['id']);
    const out: Asset[] = [];
    for (const r of index.of('aws_instance')) if (r.mode === 'managed') out.push(...mapInstance(r, index, byDefault, ctx));
    for (const r of index.of('aws_ebs_volume')) if (r.mode === 'managed') out.push(mapVolume(r, attachmentsOf.get(r) ?? [], byDefault, ctx));
    const keys = index.of('aws_ebs_default_kms_key').filter((k) => k.mode === 'managed');
    for (const r of index.of('aws_ebs_encryption_by_default')) {
      if (r.mode !== 'managed') continue;
      const region = placement(r).region;
      out.push(mapEncryptionByDefault(r, keys.filter((k) => placement(k).region === region), ctx));
    }
    for (const r of index.of('aws_ebs_snapshot_block_public_access')) if (r.mode === 'managed') out.push(mapSnapshotBlock(r, ctx));
    return out;
  },
};
