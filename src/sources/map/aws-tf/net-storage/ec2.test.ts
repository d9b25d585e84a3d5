import type { Instance, Volume } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { iacResource, mapContext, verdictOf, unknownRef as ref } from '../../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../../model.js';
import { ec2Mapper } from './ec2.js';

const PROVIDER = { region: 'eu-central-1', allowed_account_ids: ['111122223333'] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: PROVIDER, ...extra });
const map = (r: IacResource[]) => ec2Mapper.map(r, mapContext());
const instanceOf = (a: { config: Record<string, unknown> }) => a.config.instance as Instance;
const volumeOf = (a: { config: Record<string, unknown> }) => a.config.volume as Volume;
const subnet = (name: string, mapPublic?: boolean) => res('aws_subnet', name, { vpc_id: ref('aws_vpc.v'), cidr_block: '10.0.1.0/24', ...(mapPublic === undefined ? {} : { map_public_ip_on_launch: mapPublic }) });

describe('aws_instance → AWS::EC2::Instance', () => {
  it('without metadata_options the instance allows IMDSv1 (tokens optional) and fails', () => {
    const out = map([subnet('private'), res('aws_instance', 'web', { ami: 'ami-123', instance_type: 't3.micro', subnet_id: ref('aws_subnet.private'), tags: { Name: 'web' } })]);
    const a = out.find((x) => x.type === 'AWS::EC2::Instance')!;
    expect(a).toMatchObject({ id: 'iac:.#aws_instance.web', kind: 'compute.instance', name: 'web', region: 'eu-central-1', account: '111122223333' });
    expect(instanceOf(a)).toMatchObject({ ImageId: 'ami-123', InstanceType: 't3.micro', State: { Name: 'running' }, MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 }, Monitoring: { State: 'disabled' }, EbsOptimized: false });
    expect(instanceOf(a).PublicIpAddress).toBeUndefined();
    expect(verdictOf('aws.ec2.instance-imdsv2-required', a)).toBe('fail');
    expect(verdictOf('aws.ec2.instance-no-public-ipv4', a)).toBe('pass');
    expect(verdictOf('baseline.compute.instance-no-public-ip', a)).toBe('pass');
    expect(verdictOf('aws.ec2.instance-profile-attached', a)).toBe('fail');
    expect(verdictOf('aws.ec2.stopped-instance-removed', a)).toBe('pass');
  });

  it('http_tokens required passes; an endpoint turned off passes; tokens from a variable are unknown', () => {
    const [req] = map([res('aws_instance', 'a', { subnet_id: ref('aws_subnet.s'), metadata_options: [{ http_tokens: 'required' }] }), subnet('s')]);
    expect(verdictOf('aws.ec2.instance-imdsv2-required', req!)).toBe('pass');
    const [off] = map([res('aws_instance', 'a', { subnet_id: ref('aws_subnet.s'), metadata_options: [{ http_endpoint: 'disabled' }] }), subnet('s')]);
    expect(verdictOf('aws.ec2.instance-imdsv2-required', off!)).toBe('pass');
    const [unk] = map([res('aws_instance', 'a', { subnet_id: ref('aws_subnet.s'), metadata_options: [{ http_tokens: new Unknown('variable var.tokens has no value') }] }), subnet('s')]);
    expect(unk!.gaps.instance?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.ec2.instance-imdsv2-required', unk!)).toBe('unknown');
  });

  it('metadata options come from a launch template of the configuration, or are unknown from one outside it', () => {
    const [viaLt] = map([
      res('aws_launch_template', 'lt', { name: 'lt', metadata_options: [{ http_tokens: 'required' }] }),
      res('aws_instance', 'a', { launch_template: [{ id: ref('aws_launch_template.lt') }], subnet_id: ref('aws_subnet.s') }),
      subnet('s'),
    ]);
    expect(instanceOf(viaLt!).MetadataOptions?.HttpTokens).toBe('required');
    const [outside] = map([res('aws_instance', 'a', { launch_template: [{ name: 'shared-lt' }], subnet_id: ref('aws_subnet.s') }), subnet('s')]);
    expect(verdictOf('aws.ec2.instance-imdsv2-required', outside!)).toBe('unknown');
  });

  it('a public address: written, from a public subnet, or from the default VPC; unknown from a subnet elsewhere', () => {
    const pub = map([res('aws_instance', 'a', { associate_public_ip_address: true, subnet_id: 'subnet-1' })])[0]!;
    expect(verdictOf('aws.ec2.instance-no-public-ipv4', pub)).toBe('fail');
    expect(verdictOf('baseline.compute.instance-no-public-ip', pub)).toBe('fail');
    const viaSubnet = map([subnet('pub', true), res('aws_instance', 'a', { subnet_id: ref('aws_subnet.pub') })]).find((x) => x.type === 'AWS::EC2::Instance')!;
    expect(verdictOf('baseline.compute.instance-no-public-ip', viaSubnet)).toBe('fail');
    const defaultVpc = map([res('aws_instance', 'a', { ami: 'ami-1' })])[0]!;
    expect(verdictOf('aws.ec2.instance-no-public-ipv4', defaultVpc)).toBe('fail');
    const elsewhere = map([res('aws_instance', 'a', { subnet_id: 'subnet-0abc' })])[0]!;
    expect(elsewhere.gaps.instance?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.ec2.instance-no-public-ipv4', elsewhere)).toBe('unknown');
    const no = map([res('aws_instance', 'a', { associate_public_ip_address: false, subnet_id: 'subnet-0abc' })])[0]!;
    expect(verdictOf('aws.ec2.instance-no-public-ipv4', no)).toBe('pass');
  });

  it('an instance profile by reference or by name is attached; monitoring and EBS optimisation as written', () => {
    const [a] = map([res('aws_iam_instance_profile', 'p', { name: 'app' }), res('aws_instance', 'a', { iam_instance_profile: ref('aws_iam_instance_profile.p', 'name'), monitoring: true, ebs_optimized: true, associate_public_ip_address: false })]);
    expect(instanceOf(a!).IamInstanceProfile).toEqual({ Arn: 'arn:aws:iam::111122223333:instance-profile/app' });
    expect(instanceOf(a!).Monitoring).toEqual({ State: 'enabled' });
    expect(instanceOf(a!).EbsOptimized).toBe(true);
    expect(verdictOf('aws.ec2.instance-profile-attached', a!)).toBe('pass');
    const [b] = map([res('aws_instance', 'b', { iam_instance_profile: 'named', associate_public_ip_address: false })]);
    expect(verdictOf('aws.ec2.instance-profile-attached', b!)).toBe('pass');
  });

  it('root and EBS block devices become attached volumes; encryption as written or unknown', () => {
    const out = map([
      res('aws_instance', 'a', {
        associate_public_ip_address: false,
        root_block_device: [{ encrypted: true, kms_key_id: ref('aws_kms_key.ebs', 'arn'), volume_size: 20 }],
        ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false }, { device_name: '/dev/sdg' }],
      }),
    ]);
    const vols = out.filter((x) => x.type === 'AWS::EC2::Volume');
    expect(vols.map((v) => v.id)).toEqual(['iac:.#aws_instance.a/volume/root', 'iac:.#aws_instance.a/volume/sdf', 'iac:.#aws_instance.a/volume/sdg']);
    expect(volumeOf(vols[0]!)).toMatchObject({ Encrypted: true, KmsKeyId: 'iac:.#aws_kms_key.ebs', Size: 20, Attachments: [{ State: 'attached' }] });
    expect(verdictOf('aws.ec2.attached-volume-encrypted', vols[0]!)).toBe('pass');
    expect(verdictOf('baseline.storage.volume-encrypted', vols[0]!)).toBe('pass');
    expect(verdictOf('aws.ec2.attached-volume-encrypted', vols[1]!)).toBe('fail');
    expect(verdictOf('baseline.storage.volume-encrypted', vols[1]!)).toBe('fail');
    expect(verdictOf('aws.ec2.attached-volume-encrypted', vols[2]!)).toBe('unknown');
  });

  it('an instance without root_block_device still has a root volume, encrypted when this configuration encrypts by default', () => {
    const plain = map([res('aws_instance', 'a', { associate_public_ip_address: false })]).find((x) => x.type === 'AWS::EC2::Volume')!;
    expect(verdictOf('baseline.storage.volume-encrypted', plain)).toBe('unknown');
    const enc = map([res('aws_ebs_encryption_by_default', 'on', {}), res('aws_instance', 'a', { associate_public_ip_address: false })]).find((x) => x.type === 'AWS::EC2::Volume')!;
    expect(volumeOf(enc).Encrypted).toBe(true);
    expect(verdictOf('baseline.storage.volume-encrypted', enc)).toBe('pass');
  });
});

describe('aws_ebs_volume → AWS::EC2::Volume', () => {
  it('encrypted volume attached through aws_volume_attachment passes; unencrypted fails; unattached is not applicable to the attached rule', () => {
    const out = map([
      res('aws_ebs_volume', 'data', { availability_zone: 'eu-central-1a', size: 100, encrypted: true, kms_key_id: 'arn:aws:kms:eu-central-1:111122223333:key/abcd' }),
      res('aws_ebs_volume', 'plain', { availability_zone: 'eu-central-1a', size: 10, encrypted: false }),
      res('aws_volume_attachment', 'data', { device_name: '/dev/sdh', volume_id: ref('aws_ebs_volume.data'), instance_id: ref('aws_instance.a') }),
      res('aws_volume_attachment', 'plain', { device_name: '/dev/sdi', volume_id: ref('aws_ebs_volume.plain'), instance_id: ref('aws_instance.a') }),
      res('aws_ebs_volume', 'spare', { availability_zone: 'eu-central-1a', size: 10, encrypted: false }),
    ]);
    const data = out.find((a) => a.name === 'aws_ebs_volume.data')!;
    expect(data).toMatchObject({ type: 'AWS::EC2::Volume', kind: 'storage.volume', id: 'iac:.#aws_ebs_volume.data' });
    expect(volumeOf(data)).toMatchObject({ Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/abcd', Size: 100, State: 'in-use', Attachments: [{ State: 'attached', Device: '/dev/sdh' }] });
    expect(verdictOf('aws.ec2.attached-volume-encrypted', data)).toBe('pass');
    expect(verdictOf('aws.ec2.attached-volume-encrypted', out.find((a) => a.name === 'aws_ebs_volume.plain')!)).toBe('fail');
    const spare = out.find((a) => a.name === 'aws_ebs_volume.spare')!;
    expect(verdictOf('aws.ec2.attached-volume-encrypted', spare)).toBe('not_applicable');
    expect(verdictOf('baseline.storage.volume-encrypted', spare)).toBe('fail');
  });

  it('encryption omitted is unknown (the region default decides) unless the configuration turns the default on in the same region', () => {
    const [unk] = map([res('aws_ebs_volume', 'v', { size: 1 })]);
    expect(unk!.gaps.volume?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.storage.volume-encrypted', unk!)).toBe('unknown');
    const other = map([res('aws_ebs_encryption_by_default', 'on', {}, { providerConfig: { region: 'us-east-1' } }), res('aws_ebs_volume', 'v', { size: 1 })]);
    expect(verdictOf('baseline.storage.volume-encrypted', other.find((a) => a.type === 'AWS::EC2::Volume')!)).toBe('unknown');
    const same = map([res('aws_ebs_encryption_by_default', 'on', { enabled: true }), res('aws_ebs_volume', 'v', { size: 1, encrypted: false })]);
    expect(verdictOf('baseline.storage.volume-encrypted', same.find((a) => a.type === 'AWS::EC2::Volume')!)).toBe('pass');
  });
});

describe('regional EC2 settings', () => {
  it('aws_ebs_encryption_by_default → AWS::EC2::EbsEncryptionByDefault with the live id', () => {
    const [on] = map([res('aws_ebs_encryption_by_default', 'on', {}), res('aws_ebs_default_kms_key', 'k', { key_arn: 'arn:aws:kms:eu-central-1:111122223333:key/k' })]);
    expect(on).toMatchObject({ id: 'arn:aws:ec2:eu-central-1:111122223333:ebs-encryption-by-default', type: 'AWS::EC2::EbsEncryptionByDefault', kind: 'account.setting' });
    expect(on!.config).toEqual({ ebsEncryptionByDefault: { EbsEncryptionByDefault: true }, ebsDefaultKmsKeyId: { KmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/k' } });
    expect(verdictOf('aws.ec2.ebs-encryption-by-default-enabled', on!)).toBe('pass');
    const [off] = map([res('aws_ebs_encryption_by_default', 'off', { enabled: false })]);
    expect(off!.config.ebsDefaultKmsKeyId).toEqual({ KmsKeyId: 'alias/aws/ebs' });
    expect(off!.provenance?.ebsDefaultKmsKeyId).toBe('aws:parapet:DocumentedDefault');
    expect(verdictOf('aws.ec2.ebs-encryption-by-default-enabled', off!)).toBe('fail');
    const [unk] = map([res('aws_ebs_encryption_by_default', 'x', { enabled: new Unknown('variable var.on has no value') })]);
    expect(verdictOf('aws.ec2.ebs-encryption-by-default-enabled', unk!)).toBe('unknown');
  });

  it('aws_ebs_snapshot_block_public_access → AWS::EC2::SnapshotBlockPublicAccess', () => {
    const [all] = map([res('aws_ebs_snapshot_block_public_access', 's', { state: 'block-all-sharing' })]);
    expect(all).toMatchObject({ id: 'arn:aws:ec2:eu-central-1:111122223333:snapshot-block-public-access', type: 'AWS::EC2::SnapshotBlockPublicAccess' });
    expect(verdictOf('aws.ec2.snapshot-block-public-access-enabled', all!)).toBe('pass');
    const [some] = map([res('aws_ebs_snapshot_block_public_access', 's', { state: 'block-new-sharing' })]);
    expect(verdictOf('aws.ec2.snapshot-block-public-access-enabled', some!)).toBe('fail');
  });
});
