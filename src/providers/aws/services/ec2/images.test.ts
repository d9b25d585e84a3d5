import type { Image } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/image-not-public.js';
import { imagesCollector } from './images.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';

const image = (ImageId: string, Public: boolean, OwnerId?: string): Image => ({ ImageId, Name: ImageId, Public, State: 'available', CreationDate: '2026-03-01T00:00:00.000Z', ...(OwnerId ? { OwnerId } : {}) });

describe('aws.ec2.images collector', () => {
  it('lists the account\'s own AMIs across pages', async () => {
    const sim = await startSimulator({ estate: ec2Estate({ images: [...ids('ami', 1003).map((id) => image(id, false)), image('ami-shared-from-other', true, '999999999999')] }) });
    try {
      const out = await scanWith(sim, [imagesCollector]);
      // Owners=self: an AMI owned by another account is not the account's to judge.
      expect(out.assets).toHaveLength(1003);
      expect(sim.stats().byOperation['ec2:DescribeImages']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('reads Public straight off DescribeImages', async () => {
    const out = await collectFrom(ec2Estate({ images: [image('ami-pub', true), image('ami-priv', false)] }), imagesCollector);
    const pub = byName(out.assets, 'ami-pub');
    expect(pub).toMatchObject({ id: `arn:aws:ec2:${REGION}::image/ami-pub`, type: 'AWS::EC2::Image', kind: 'compute.image', account: ACCOUNT, config: { image: { Public: true, OwnerId: ACCOUNT } } });
    const ctx = fixtureContext(out.assets);
    expect(runRule(rule, pub, ctx).status).toBe('fail');
    expect(runRule(rule, byName(out.assets, 'ami-priv'), ctx).status).toBe('pass');
  });

  it('a denied listing is recorded with the call that failed', async () => {
    const out = await collectFrom(ec2Estate({ images: [image('ami-1', false)] }), imagesCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeImages' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeImages', code: 'UnauthorizedOperation' })]);
  });
});
