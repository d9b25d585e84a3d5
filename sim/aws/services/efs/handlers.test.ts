import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import type { EfsSection } from '../efs.js';

const section: EfsSection = {
  fileSystems: [
    { FileSystemId: 'fs-01111111111111111', Encrypted: true, Tags: [{ Key: 'Name', Value: 'home' }] },
    { FileSystemId: 'fs-02222222222222222' },
    { FileSystemId: 'fs-03333333333333333', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/cmk' },
  ],
};

describe('EFS simulator', () => {
  let sim: Simulator;
  let client: EFSClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { elasticfilesystem: section } } }) });
    client = new EFSClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('DescribeFileSystems fills EFS defaults: unencrypted unless asked, the AWS managed key when encrypted without one', async () => {
    const out = await client.send(new DescribeFileSystemsCommand({}));
    const [home, plain, cmk] = out.FileSystems ?? [];
    expect(home).toMatchObject({ FileSystemArn: `arn:aws:elasticfilesystem:us-east-1:${MGMT}:file-system/fs-01111111111111111`, OwnerId: MGMT, Name: 'home', LifeCycleState: 'available', Encrypted: true, KmsKeyId: expect.stringMatching(new RegExp(`^arn:aws:kms:us-east-1:${MGMT}:key/[0-9a-f-]{36}$`)) });
    expect(home?.CreationTime).toBeInstanceOf(Date);
    expect(plain).toMatchObject({ Encrypted: false });
    expect(plain?.KmsKeyId).toBeUndefined();
    expect(cmk?.KmsKeyId).toBe('arn:aws:kms:us-east-1:111111111111:key/cmk');
  });

  it('pages with Marker / NextMarker and echoes the Marker', async () => {
    const first = await client.send(new DescribeFileSystemsCommand({ MaxItems: 2 }));
    expect(first.FileSystems?.map((f) => f.FileSystemId)).toEqual(['fs-01111111111111111', 'fs-02222222222222222']);
    expect(first.Marker).toBeUndefined();
    const second = await client.send(new DescribeFileSystemsCommand({ MaxItems: 2, Marker: first.NextMarker }));
    expect(second.Marker).toBe(first.NextMarker);
    expect(second.FileSystems?.map((f) => f.FileSystemId)).toEqual(['fs-03333333333333333']);
    expect(second.NextMarker).toBeUndefined();
  });

  it('an unknown FileSystemId is FileSystemNotFound (404)', async () => {
    const e = await failure(client.send(new DescribeFileSystemsCommand({ FileSystemId: 'fs-0ffffffffffffffff' })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['FileSystemNotFound', 404]);
  });
});
