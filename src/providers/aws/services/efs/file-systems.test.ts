import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { SimFileSystem } from '../../../../../sim/aws/services/efs.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/efs/file-system-encrypted.js';
import { FILE_SYSTEM_TYPE, fileSystemsCollector } from './file-systems.js';

const ACCOUNT = '111111111111';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/6f1c2b9e-2d4a-4c1e-9b7a-0f3e5d2c1a90`;
const estate = (fileSystems: SimFileSystem[]): Estate => ({
  accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { elasticfilesystem: { fileSystems } } } }],
});
const fsId = (i: number) => `fs-0${i.toString(16).padStart(16, '0')}`;

describe('aws.efs.file-systems collector', () => {
  it('lists every file system across several DescribeFileSystems pages', async () => {
    const many = Array.from({ length: 250 }, (_, i): SimFileSystem => ({ FileSystemId: fsId(i), Encrypted: i % 3 !== 0 }));
    const sim = await startSimulator({ estate: estate(many) });
    try {
      const out = await scanWith(sim, [fileSystemsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(250);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(250);
      // 100 per page (Marker / NextMarker): three pages, each read once.
      expect(sim.stats().byOperation['elasticfilesystem:DescribeFileSystems']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('builds the asset from the description; encrypted passes and unencrypted fails', async () => {
    const out = await collectFrom(
      estate([
        { FileSystemId: 'fs-0aaa0000000000001', Encrypted: true, KmsKeyId: KEY, Tags: [{ Key: 'Name', Value: 'shared-home' }, { Key: 'team', Value: 'platform' }] },
        { FileSystemId: 'fs-0bbb0000000000002', Encrypted: false, CreationTime: '2019-03-04T05:06:07Z' },
      ]),
      fileSystemsCollector,
    );
    expect(out.errors).toEqual([]);
    const [enc, plain] = [out.assets.find((a) => a.id.endsWith('fs-0aaa0000000000001'))!, out.assets.find((a) => a.id.endsWith('fs-0bbb0000000000002'))!];
    expect(enc).toMatchObject({ id: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0aaa0000000000001`, type: FILE_SYSTEM_TYPE, kind: 'storage.file-system', name: 'shared-home', tags: { Name: 'shared-home', team: 'platform' } });
    expect(enc.config.fileSystem).toMatchObject({ Encrypted: true, KmsKeyId: KEY, LifeCycleState: 'available' });
    expect(plain.name).toBe('fs-0bbb0000000000002');
    expect((plain.config.fileSystem as FileSystemDescription).CreationTime).toEqual(new Date('2019-03-04T05:06:07Z'));
    const ctx = fixtureContext(out.assets);
    expect(runRule(encrypted, enc, ctx).status).toBe('pass');
    expect(runRule(encrypted, plain, ctx).status).toBe('fail');
  });

  it('a denied DescribeFileSystems is incomplete coverage naming the call', async () => {
    const out = await collectFrom(estate([{ FileSystemId: 'fs-0aaa0000000000001', Encrypted: false }]), fileSystemsCollector, {
      faults: [{ effect: 'deny', service: 'elasticfilesystem', operation: 'DescribeFileSystems' }],
    });
    const expected = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'elasticfilesystem', operation: 'DescribeFileSystems', code: 'AccessDeniedException' };
    // No asset rather than a guess: the unencrypted file system is not reported as passing or failing.
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.efs.file-systems', ok: false, error: expect.objectContaining(expected) })]);
  });
});
