import type { Image, Instance, SecurityGroup, Volume, Vpc } from '@aws-sdk/client-ec2';
import type { Ec2SnapshotEntry } from './section.js';
import { chance, daysAgo, ec2Id, hex, pick, userStopReason, type Rng } from './gen-util.js';

const TYPES = ['t3.micro', 't3.medium', 'm6i.large', 'm6i.xlarge', 'c6g.large', 'r6i.2xlarge'] as const;

/** An instance: 35% still allow IMDSv1, 12% have a public IPv4, 15% are stopped (some for months). */
export function buildInstance(rng: Rng, region: string, accountId: string, vpc: Vpc, groups: SecurityGroup[]): Instance {
  const InstanceId = ec2Id('i', rng);
  const stopped = chance(rng, 0.15);
  const stopAt = daysAgo(rng, 1, 120);
  const publicIp = chance(rng, 0.12) ? `54.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}.${Math.floor(rng() * 254) + 1}` : undefined;
  const sg = pick(rng, groups);
  return {
    InstanceId,
    ImageId: `ami-0${hex(rng, 16)}`,
    InstanceType: pick(rng, TYPES),
    LaunchTime: daysAgo(rng, 130, 1000),
    Placement: { AvailabilityZone: `${region}a`, Tenancy: 'default' },
    State: stopped ? { Code: 80, Name: 'stopped' } : { Code: 16, Name: 'running' },
    StateTransitionReason: stopped ? userStopReason(stopAt) : '',
    VpcId: vpc.VpcId,
    SubnetId: ec2Id('subnet', rng),
    PrivateIpAddress: `10.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}.${Math.floor(rng() * 254) + 1}`,
    ...(publicIp && !stopped ? { PublicIpAddress: publicIp } : {}),
    SecurityGroups: [{ GroupId: sg.GroupId, GroupName: sg.GroupName }],
    ...(chance(rng, 0.7) ? { IamInstanceProfile: { Arn: `arn:aws:iam::${accountId}:instance-profile/app-${hex(rng, 4)}`, Id: `AIPA${hex(rng, 16).toUpperCase()}` } } : {}),
    Monitoring: { State: chance(rng, 0.2) ? 'enabled' : 'disabled' },
    MetadataOptions: { State: 'applied', HttpTokens: chance(rng, 0.35) ? 'optional' : 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', HttpProtocolIpv6: 'disabled', InstanceMetadataTags: 'disabled' },
    BlockDeviceMappings: [],
    Tags: [{ Key: 'Name', Value: `app-${InstanceId.slice(-4)}` }],
  };
}

/** A volume, attached to `instance` when given; 20% unencrypted. */
export function buildVolume(rng: Rng, region: string, accountId: string, instance?: Instance, device = '/dev/xvda'): Volume {
  const VolumeId = ec2Id('vol', rng);
  const encrypted = !chance(rng, 0.2);
  if (instance) instance.BlockDeviceMappings!.push({ DeviceName: device, Ebs: { VolumeId, Status: 'attached', DeleteOnTermination: device === '/dev/xvda', AttachTime: instance.LaunchTime } });
  return {
    VolumeId,
    Size: pick(rng, [8, 20, 50, 100, 500]),
    VolumeType: pick(rng, ['gp3', 'gp2', 'io2'] as const),
    AvailabilityZone: `${region}a`,
    State: instance ? 'in-use' : 'available',
    CreateTime: instance?.LaunchTime ?? daysAgo(rng, 10, 700),
    Encrypted: encrypted,
    ...(encrypted ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}` } : {}),
    Attachments: instance ? [{ InstanceId: instance.InstanceId, VolumeId, Device: device, State: 'attached', AttachTime: instance.LaunchTime, DeleteOnTermination: device === '/dev/xvda' }] : [],
    Tags: [],
  };
}

/** A snapshot of a volume: 3% shared publicly, 5% shared with another account. */
export function buildSnapshot(rng: Rng, accountId: string, volume: Volume | undefined): Ec2SnapshotEntry {
  const r = rng();
  const encrypted = volume?.Encrypted ?? false;
  return {
    SnapshotId: ec2Id('snap', rng),
    VolumeId: volume?.VolumeId ?? 'vol-ffffffff',
    VolumeSize: volume?.Size ?? 8,
    StartTime: daysAgo(rng, 1, 900),
    State: 'completed',
    Progress: '100%',
    OwnerId: accountId,
    Description: 'nightly backup',
    Encrypted: encrypted,
    StorageTier: 'standard',
    Tags: [],
    // EC2 refuses to make encrypted snapshots public, so only unencrypted ones can carry the "all" group.
    createVolumePermissions: r < 0.03 && !encrypted ? [{ Group: 'all' }] : r < 0.08 ? [{ UserId: '999988887777' }] : [],
  };
}

/** An AMI: 4% public. */
export function buildImage(rng: Rng, region: string, accountId: string): Image {
  const ImageId = `ami-0${hex(rng, 16)}`;
  return {
    ImageId,
    ImageLocation: `${accountId}/golden-${ImageId.slice(-6)}`,
    State: 'available',
    OwnerId: accountId,
    CreationDate: daysAgo(rng, 5, 800).toISOString(),
    Public: chance(rng, 0.04),
    Architecture: 'x86_64',
    ImageType: 'machine',
    Name: `golden-${region}-${ImageId.slice(-6)}`,
    RootDeviceType: 'ebs',
    RootDeviceName: '/dev/xvda',
    VirtualizationType: 'hvm',
    BlockDeviceMappings: [],
    Tags: [],
  };
}
