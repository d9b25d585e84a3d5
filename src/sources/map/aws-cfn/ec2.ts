/**
 * EC2 resources → the assets the EC2 collectors build: security groups (`securityGroup`: the SDK's
 * SecurityGroup with IpPermissions / IpPermissionsEgress), instances (`instance`: Instance) and EBS volumes
 * (`volume`: Volume), including the volumes an instance's BlockDeviceMappings create.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { iacId, knownString, tagMap } from '../kit.js';
import { assetIdOf, bool, builder, compact, isObj, known, list, num, tagList, where, type Template } from './support.js';

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

/** A CloudFormation rule (inline or standalone) as the SDK's IpPermission. */
export function ipPermission(rule: Record<string, unknown>, direction: 'ingress' | 'egress'): Record<string, unknown> {
  const rawProtocol = rule.IpProtocol;
  const protocol = typeof rawProtocol === 'string' || typeof rawProtocol === 'number' ? (PROTOCOL_NAMES[String(rawProtocol).toLowerCase()] ?? String(rawProtocol).toLowerCase()) : rawProtocol;
  const peer = direction === 'ingress' ? { group: rule.SourceSecurityGroupId ?? rule.SourceSecurityGroupName, prefix: rule.SourcePrefixListId } : { group: rule.DestinationSecurityGroupId, prefix: rule.DestinationPrefixListId };
  const description = knownString(rule.Description);
  const desc = description ? { Description: description } : {};
  const allPorts = protocol === '-1';
  return compact({
    IpProtocol: protocol,
    FromPort: allPorts ? undefined : num(rule.FromPort),
    ToPort: allPorts ? undefined : num(rule.ToPort),
    IpRanges: rule.CidrIp !== undefined ? [{ CidrIp: rule.CidrIp, ...desc }] : [],
    Ipv6Ranges: rule.CidrIpv6 !== undefined ? [{ CidrIpv6: rule.CidrIpv6, ...desc }] : [],
    PrefixListIds: peer.prefix !== undefined ? [{ PrefixListId: peer.prefix, ...desc }] : [],
    UserIdGroupPairs:
      peer.group !== undefined ? [compact({ GroupId: peer.group, UserId: direction === 'ingress' ? known(knownString(rule.SourceSecurityGroupOwnerId)) : undefined, ...desc })] : [],
  });
}

export function mapSecurityGroup(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const name = knownString(v.GroupName);
  const b = builder(r, t, { id: assetIdOf(r), type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: name ?? r.name, tags: tagMap(v.Tags) }, 'ec2');
  const attached = (type: string) => t.parts(r, type, ['GroupId', 'GroupName'], 'GroupName');
  b.aspect('securityGroup', () => {
    const ingress = [...list(v.SecurityGroupIngress), ...attached('AWS::EC2::SecurityGroupIngress').map((x) => x.values)];
    // CloudFormation keeps the default allow-all egress rule unless the group lists its own egress rules.
    const inlineEgress = v.SecurityGroupEgress === undefined ? [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] : list(v.SecurityGroupEgress);
    const egress = [...inlineEgress, ...attached('AWS::EC2::SecurityGroupEgress').map((x) => x.values)];
    const perms = (rules: unknown[], d: 'ingress' | 'egress') => rules.map((x) => (isObj(x) ? ipPermission(x, d) : x));
    return compact({
      GroupName: name ?? known(v.GroupName),
      Description: known(v.GroupDescription),
      VpcId: known(knownString(v.VpcId)),
      IpPermissions: perms(ingress, 'ingress'),
      IpPermissionsEgress: perms(egress, 'egress'),
      Tags: tagList(v.Tags),
    });
  });
  return [b.build()];
}

/** Whether instances launched in `subnet` get a public IPv4 address (the subnet's MapPublicIpOnLaunch). */
function subnetMapsPublic(t: Template, subnet: unknown): boolean | Unknown {
  // Without a subnet, EC2 launches into the default VPC, whose subnets map public addresses.
  if (subnet === undefined) return true;
  const s = t.targets(subnet, 'AWS::EC2::Subnet')[0];
  if (!s) return new Unknown('whether the subnet assigns public IPv4 addresses is not known before deploy', isUnknown(subnet) ? subnet.refs : []);
  return bool(s.values.MapPublicIpOnLaunch, false) ?? false;
}

/** true / false / Unknown: whether the instance gets a public IPv4 address. */
function publicIp(t: Template, v: Record<string, unknown>): boolean | Unknown {
  const nics = list(v.NetworkInterfaces).filter(isObj);
  if (nics.length) {
    const primary = nics.find((n) => String(n.DeviceIndex) === '0') ?? nics[0]!;
    const assoc = bool(primary.AssociatePublicIpAddress);
    if (assoc !== undefined) return assoc;
    return subnetMapsPublic(t, primary.SubnetId);
  }
  return subnetMapsPublic(t, v.SubnetId);
}

export const PUBLIC_IP_AT_LAUNCH = 'assigned-at-launch';

export function mapInstance(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const b = builder(r, t, { id, type: 'AWS::EC2::Instance', kind: 'compute.instance', name: r.name, tags: tagMap(v.Tags) }, 'ec2');
  const bdms = list(v.BlockDeviceMappings).filter(isObj);
  b.aspect('instance', () => {
    const pub = publicIp(t, v);
    const profile = v.IamInstanceProfile;
    const w = where(r);
    const profileArn =
      profile === undefined
        ? undefined
        : typeof profile === 'string' && profile.startsWith('arn:')
          ? profile
          : typeof profile === 'string' && w.account
            ? `arn:${w.partition}:iam::${w.account}:instance-profile/${profile}`
            : // The profile exists but its ARN is not known before deploy: its declaration stands for it.
              iacId({ root: r.root, address: isUnknown(profile) && profile.refs[0] ? profile.refs[0] : `${r.address}.IamInstanceProfile` });
    const metadata = isObj(v.MetadataOptions)
      ? compact({
          HttpTokens: v.MetadataOptions.HttpTokens,
          HttpEndpoint: v.MetadataOptions.HttpEndpoint ?? 'enabled',
          HttpPutResponseHopLimit: num(v.MetadataOptions.HttpPutResponseHopLimit),
          InstanceMetadataTags: v.MetadataOptions.InstanceMetadataTags,
        })
      : undefined; // without MetadataOptions, HttpTokens depends on the AMI and the account default
    return compact({
      InstanceType: known(v.InstanceType) ?? (v.InstanceType === undefined ? 'm1.small' : undefined),
      ImageId: known(knownString(v.ImageId)),
      KeyName: known(knownString(v.KeyName)),
      SubnetId: known(knownString(v.SubnetId)),
      State: { Name: 'running' },
      IamInstanceProfile: profileArn ? { Arn: profileArn } : undefined,
      MetadataOptions: metadata,
      PublicIpAddress: isUnknown(pub) ? pub : pub ? PUBLIC_IP_AT_LAUNCH : undefined,
      NetworkInterfaces: [],
      BlockDeviceMappings: bdms.map((m) => compact({ DeviceName: known(knownString(m.DeviceName)), Ebs: isObj(m.Ebs) ? compact({ DeleteOnTermination: known(bool(m.Ebs.DeleteOnTermination, true)) }) : undefined })),
      Monitoring: { State: bool(v.Monitoring, false) === true ? 'enabled' : 'disabled' },
      Tags: tagList(v.Tags),
    });
  });
  const volumes = bdms.flatMap((m, i) => {
    if (!isObj(m.Ebs)) return [];
    const address = `${r.address}.BlockDeviceMappings[${i}]`;
    const vb = builder({ ...r, address }, t, { id: iacId({ root: r.root, address }), type: 'AWS::EC2::Volume', kind: 'storage.volume', name: address, tags: {} }, 'ec2');
    vb.aspect('volume', () => volumeShape(m.Ebs as Record<string, unknown>, [compact({ State: 'attached', Device: known(knownString(m.DeviceName)) })]));
    return [vb.build()];
  });
  return [b.build(), ...volumes];
}

/** Encryption as EC2 will report it: set true is true; not set depends on EBS encryption by default. */
function encrypted(v: Record<string, unknown>): boolean | Unknown {
  const e = bool(v.Encrypted);
  if (e === undefined) return new Unknown('Encrypted is not set, so it depends on the account and Region setting EBS encryption by default (or the source snapshot)');
  return e;
}

function volumeShape(v: Record<string, unknown>, attachments: unknown[]): Record<string, unknown> {
  const enc = encrypted(v);
  return compact({
    Size: known(num(v.Size ?? v.VolumeSize)),
    VolumeType: known(knownString(v.VolumeType)),
    Iops: known(num(v.Iops)),
    SnapshotId: known(knownString(v.SnapshotId)),
    Encrypted: enc,
    KmsKeyId: enc === true ? v.KmsKeyId : undefined,
    Attachments: attachments,
  });
}

export function mapVolume(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const b = builder(r, t, { id: assetIdOf(r), type: 'AWS::EC2::Volume', kind: 'storage.volume', name: r.name, tags: tagMap(v.Tags) }, 'ec2');
  const attachments = t
    .parts(r, 'AWS::EC2::VolumeAttachment', 'VolumeId')
    .map((a) => compact({ State: 'attached', Device: known(knownString(a.values.Device)) }));
  b.aspect('volume', () => compact({ ...volumeShape(v, attachments), AvailabilityZone: known(knownString(v.AvailabilityZone)), Tags: tagList(v.Tags) }));
  return [b.build()];
}
