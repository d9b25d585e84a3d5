import {
  DescribeInstancesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  GetSnapshotBlockPublicAccessStateCommand,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../estate.js';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { Ec2Section } from './section.js';

const ACCOUNT = '111111111111';
const section: Ec2Section = {
  instances: Array.from({ length: 7 }, (_, i) => ({ InstanceId: `i-${i}`, State: { Name: i === 0 ? 'stopped' : 'running', Code: i === 0 ? 80 : 16 }, Tags: [{ Key: 'env', Value: i % 2 ? 'prod' : 'dev' }] })),
  securityGroups: [
    { GroupId: 'sg-1', GroupName: 'web-frontend' },
    { GroupId: 'sg-2', GroupName: 'db' },
  ],
  volumes: Array.from({ length: 620 }, (_, i) => ({ VolumeId: `vol-${i}`, Encrypted: i % 2 === 0 })),
  snapshots: [
    { SnapshotId: 'snap-1', createVolumePermissions: [{ Group: 'all' }] },
    { SnapshotId: 'snap-2', OwnerId: '999999999999' },
  ],
};
const estate: Estate = { accounts: [{ id: ACCOUNT, name: 'test', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { ec2: section } } }] };

let sim: Simulator;
let ec2: EC2Client;
beforeAll(async () => {
  sim = await startSimulator({ estate });
  ec2 = new EC2Client(sdkConfig(sim));
});
afterAll(async () => {
  ec2.destroy();
  await sim.close();
});

describe('EC2 simulator handlers, through the SDK', () => {
  it('DescribeInstances without MaxResults returns everything at once', async () => {
    const out = await ec2.send(new DescribeInstancesCommand({}));
    expect(out.Reservations?.flatMap((r) => r.Instances ?? [])).toHaveLength(7);
    expect(out.NextToken).toBeUndefined();
    expect(out.Reservations?.[0]?.OwnerId).toBe(ACCOUNT);
  });

  it('DescribeInstances enforces the MaxResults range and its exclusion with InstanceIds', async () => {
    expect((await failure(ec2.send(new DescribeInstancesCommand({ MaxResults: 4 })))).name).toBe('InvalidParameterValue');
    expect((await failure(ec2.send(new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: ['i-1'] })))).name).toBe('InvalidParameterCombination');
    expect((await failure(ec2.send(new DescribeInstancesCommand({ InstanceIds: ['i-404'] })))).name).toBe('InvalidInstanceID.NotFound');
  });

  it('DescribeInstances pages with NextToken and applies filters including tags and wildcards', async () => {
    const first = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    expect(first.Reservations).toHaveLength(5);
    const second = await ec2.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: first.NextToken }));
    expect(second.Reservations).toHaveLength(2);
    expect(second.NextToken).toBeUndefined();
    const prod = await ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:env', Values: ['pr*'] }, { Name: 'instance-state-name', Values: ['running'] }] }));
    expect(prod.Reservations?.flatMap((r) => r.Instances?.map((i) => i.InstanceId))).toEqual(['i-1', 'i-3', 'i-5']);
  });

  it('rejects unknown filters and forged pagination tokens', async () => {
    expect((await failure(ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'colour', Values: ['red'] }] })))).name).toBe('InvalidParameterValue');
    expect((await failure(ec2.send(new DescribeSecurityGroupsCommand({ MaxResults: 5, NextToken: 'not-a-token' })))).name).toBe('InvalidPaginationToken');
  });

  it('DescribeSecurityGroups returns empty rule lists, and NotFound for unknown ids', async () => {
    const out = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['web-*'] }] }));
    expect(out.SecurityGroups).toEqual([expect.objectContaining({ GroupId: 'sg-1', IpPermissions: [], IpPermissionsEgress: [], OwnerId: ACCOUNT })]);
    expect((await failure(ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-404'] })))).name).toBe('InvalidGroup.NotFound');
  });

  it('DescribeVolumes returns at most 500 items per page, whatever MaxResults asks', async () => {
    const out = await ec2.send(new DescribeVolumesCommand({ MaxResults: 1000 }));
    expect(out.Volumes).toHaveLength(500);
    expect(out.NextToken).toBeDefined();
    const encrypted = await ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'encrypted', Values: ['true'] }] }));
    expect(encrypted.Volumes).toHaveLength(310);
  });

  it('DescribeSnapshots OwnerIds=self selects the caller\'s snapshots only', async () => {
    const own = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }));
    expect(own.Snapshots?.map((s) => s.SnapshotId)).toEqual(['snap-1']);
    expect(own.Snapshots?.[0]).not.toHaveProperty('createVolumePermissions');
  });

  it('DescribeSnapshotAttribute answers per snapshot with EC2\'s errors', async () => {
    const out = await ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: 'snap-1', Attribute: 'createVolumePermission' }));
    expect(out).toMatchObject({ SnapshotId: 'snap-1', CreateVolumePermissions: [{ Group: 'all' }] });
    expect((await ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: 'snap-2', Attribute: 'createVolumePermission' }))).CreateVolumePermissions).toEqual([]);
    expect((await failure(ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: 'snap-404', Attribute: 'createVolumePermission' })))).name).toBe('InvalidSnapshot.NotFound');
  });

  it('settings default as in a new account', async () => {
    expect(await ec2.send(new GetSnapshotBlockPublicAccessStateCommand({}))).toMatchObject({ State: 'unblocked' });
  });
});
