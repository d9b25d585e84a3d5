import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/efs/file-system-encrypted.js';
import { scanDemo } from '../cloudtrail/demo-scan.js';
import { collectors } from './index.js';
import { FILE_SYSTEM_TYPE } from './file-systems.js';

describe('demo estate: EFS', () => {
  it('each unencrypted file system fails next to encrypted twins', async () => {
    const scan = await scanDemo(['efs.yaml'], collectors);
    expect(scan.errors).toEqual([]);
    const verdict = (name: string) => runRule(rule, scan.byName(FILE_SYSTEM_TYPE, name), scan.ctx).status;
    expect(Object.fromEntries(['tooling-shared', 'media-assets', 'legacy-uploads', 'reports-eu', 'scratch'].map((n) => [n, verdict(n)]))).toEqual({
      'tooling-shared': 'pass',
      'media-assets': 'pass',
      'legacy-uploads': 'fail',
      'reports-eu': 'pass',
      scratch: 'fail',
    });
  });
});
