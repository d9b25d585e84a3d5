import { describe, expect, it } from 'vitest';
import { iacResource, mapContext, verdictOf, unknownRef as ref } from '../../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../../model.js';
import { ec2Mapper } from './ec2.js';
import { snapshotsMapper } from './snapshots.js';

const PROVIDER = { region: 'us-west-2', allowed_account_ids: ['111122223333'] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: PROVIDER, ...extra });
const map = (r: IacResource[]) => snapshotsMapper.map(r, mapContext());

describe('EBS snapshots and AMIs', () => {
  it('an EBS snapshot shared with one account is not public (with block public access in the context)', () => {
    const out = map([
      res('aws_ebs_volume', 'v', { size: 1, encrypted: true }),
      res('aws_ebs_snapshot', 's', { volume_id: ref('aws_ebs_volume.v') }),
      res('aws_snapshot_create_volume_permission', 'p', { snapshot_id: ref('aws_ebs_snapshot.s'), account_id: '444455556666' }),
    ]);
    const [s] = out;
    expect(s).toMatchObject({ type: 'AWS::EC2::Snapshot', kind: 'storage.snapshot', id: 'iac:.#aws_ebs_snapshot.s' });
    expect(s!.config).toMatchObject({ snapshot: { State: 'completed', Encrypted: true }, createVolumePermissions: [{ UserId: '444455556666' }] });
    const bpa = ec2Mapper.map([res('aws_ebs_snapshot_block_public_access', 'b', { state: 'unblocked' })], mapContext());
    expect(verdictOf('aws.ec2.snapshot-not-publicly-restorable', s!, bpa)).toBe('pass');
  });

  it('an AMI launchable by "all" is public; one shared with an account is not; an unknown group is unknown', () => {
    const out = map([
      res('aws_ami', 'pub', { name: 'golden', root_device_name: '/dev/xvda' }),
      res('aws_ami_launch_permission', 'all', { image_id: ref('aws_ami.pub'), group: 'all' }),
      res('aws_ami_copy', 'priv', { name: 'copy', source_ami_id: 'ami-1', source_ami_region: 'us-east-1' }),
      res('aws_ami_launch_permission', 'acct', { image_id: ref('aws_ami_copy.priv'), account_id: '444455556666' }),
      res('aws_ami_from_instance', 'unk', { name: 'x', source_instance_id: ref('aws_instance.a') }),
      res('aws_ami_launch_permission', 'unk', { image_id: ref('aws_ami_from_instance.unk'), group: new Unknown('variable var.group has no value') }),
    ]);
    const byName = (n: string) => out.find((a) => a.name === n)!;
    expect(byName('golden')).toMatchObject({ type: 'AWS::EC2::Image', kind: 'compute.image', config: { image: { Public: true } } });
    expect(verdictOf('aws.ec2.image-not-public', byName('golden'))).toBe('fail');
    expect(verdictOf('aws.ec2.image-not-public', byName('copy'))).toBe('pass');
    expect(verdictOf('aws.ec2.image-not-public', byName('x'))).toBe('unknown');
  });
});

describe('RDS snapshots', () => {
  it('a snapshot shared with "all" fails; its encryption follows the source instance', () => {
    const out = map([
      res('aws_db_instance', 'db', { identifier: 'orders', engine: 'postgres' }),
      res('aws_db_snapshot', 's', { db_instance_identifier: ref('aws_db_instance.db', 'identifier'), db_snapshot_identifier: 'orders-final', shared_accounts: ['all'] }),
    ]);
    const [s] = out;
    expect(s).toMatchObject({ id: 'arn:aws:rds:us-west-2:111122223333:snapshot:orders-final', type: 'AWS::RDS::DBSnapshot', kind: 'database.snapshot' });
    expect(s!.config.attributes).toEqual({ DBSnapshotIdentifier: 'orders-final', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] });
    expect(verdictOf('aws.rds.snapshot-not-public', s!)).toBe('fail');
    expect(verdictOf('aws.rds.snapshot-encrypted', s!)).toBe('fail');
  });

  it('an unshared snapshot of an unknown source is private with unknown encryption; a cluster snapshot of an encrypted cluster passes', () => {
    const [s] = map([res('aws_db_snapshot', 's', { db_instance_identifier: 'elsewhere', db_snapshot_identifier: 'x' })]);
    expect(verdictOf('aws.rds.snapshot-not-public', s!)).toBe('pass');
    expect(verdictOf('aws.rds.snapshot-encrypted', s!)).toBe('unknown');
    const [c] = map([res('aws_rds_cluster', 'c', { cluster_identifier: 'aurora', storage_encrypted: true }), res('aws_db_cluster_snapshot', 'cs', { db_cluster_identifier: 'aurora', db_cluster_snapshot_identifier: 'aurora-snap' })]);
    expect(c).toMatchObject({ type: 'AWS::RDS::DBClusterSnapshot', id: 'arn:aws:rds:us-west-2:111122223333:cluster-snapshot:aurora-snap' });
    expect(verdictOf('aws.rds.snapshot-encrypted', c!)).toBe('pass');
    expect(verdictOf('aws.rds.snapshot-not-public', c!)).toBe('pass');
  });
});
