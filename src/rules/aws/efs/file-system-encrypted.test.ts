import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './file-system-encrypted.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const fsAsset = (fs: Partial<FileSystemDescription> | undefined, gap = false): Asset =>
  awsAsset({
    type: 'AWS::EFS::FileSystem',
    kind: 'storage.file-system',
    config: fs ? { fileSystem: { FileSystemId: 'fs-0123456789abcdef0', LifeCycleState: 'available', ...fs } } : {},
    gaps: gap ? { fileSystem: deniedGap('elasticfilesystem', 'DescribeFileSystems', 'AccessDeniedException') } : {},
  });

describe(rule.id, () => {
  it.each<{ name: string; asset: Asset; expect: Status; reason: RegExp }>([
    { name: 'encrypted with a customer managed key', asset: fsAsset({ Encrypted: true, KmsKeyId: KEY }), expect: 'pass', reason: /encrypted with arn:aws:kms/ },
    { name: 'encrypted, key not reported', asset: fsAsset({ Encrypted: true }), expect: 'pass', reason: /encrypted with a KMS key/ },
    { name: 'not encrypted', asset: fsAsset({ Encrypted: false }), expect: 'fail', reason: /fs-0123456789abcdef0 is not encrypted at rest/ },
    { name: 'a stale KmsKeyId does not make it encrypted', asset: fsAsset({ Encrypted: false, KmsKeyId: KEY }), expect: 'fail', reason: /not encrypted/ },
    { name: 'Encrypted missing from the description', asset: fsAsset({}), expect: 'unknown', reason: /did not say/ },
    { name: 'description not collected', asset: fsAsset(undefined), expect: 'unknown', reason: /fileSystem was not collected/ },
    { name: 'description denied', asset: fsAsset(undefined, true), expect: 'unknown', reason: /DescribeFileSystems AccessDeniedException/ },
  ])('$name -> $expect', ({ asset, expect: status, reason }) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });

  it('cites Encrypted and the key', () => {
    expect(runRule(rule, fsAsset({ Encrypted: false }), fixtureContext([])).evidence).toEqual([
      { path: 'config.fileSystem.Encrypted', observed: false, expected: true },
      { path: 'config.fileSystem.KmsKeyId', observed: null, expected: 'a KMS key' },
    ]);
  });
});
