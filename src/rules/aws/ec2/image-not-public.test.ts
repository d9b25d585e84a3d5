import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './image-not-public.js';
import { verdict } from './support/fixtures.js';

const image = (more: Record<string, unknown>) => awsAsset({ type: 'AWS::EC2::Image', kind: 'compute.image', config: { image: { ImageId: 'ami-1', ...more } } });

describe(rule.id, () => {
  it.each([
    ['public', { Public: true }, 'fail'],
    ['private', { Public: false }, 'pass'],
    ['no Public flag', {}, 'unknown'],
  ])('%s -> %s', (_name, more, status) => {
    expect(verdict(rule, image(more)).status).toBe(status);
  });

  it('cites the Public flag', () => {
    expect(verdict(rule, image({ Public: true })).evidence).toEqual([{ path: 'config.image.Public', observed: true, expected: false }]);
  });

  it('is unknown when the image aspect is a gap', () => {
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Image', gaps: { image: deniedGap('ec2', 'DescribeImages') } })).status).toBe('unknown');
  });
});
