import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './s3-object-read-events-logged.js';
import { accountAsset, bucketAsset, trailAsset } from './support/fixtures.js';

const advanced = (readOnly?: string[]) => ({
  AdvancedEventSelectors: [
    { Name: 'mgmt', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
    {
      Name: 's3',
      FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, ...(readOnly ? [{ Field: 'readOnly', Equals: readOnly }] : [])],
    },
  ],
});

describe(rule.id, () => {
  it.each([
    ['advanced S3 selector without readOnly (reads and writes)', advanced(), 'pass'],
    ['advanced S3 selector for reads', advanced(['true']), 'pass'],
    ['advanced S3 selector for writes only', advanced(['false']), 'fail'],
  ] as const)('%s -> %s', (_n, eventSelectors, status) => {
    const v = runRule(rule, accountAsset(), fixtureContext([trailAsset({ eventSelectors })]));
    expect(v.status).toBe(status);
  });

  it('fails naming buckets that no read selector covers', () => {
    const sel = { EventSelectors: [{ ReadWriteType: 'ReadOnly' as const, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3:::a/'] }] }] };
    const v = runRule(rule, accountAsset(), fixtureContext([trailAsset({ eventSelectors: sel }), bucketAsset('a'), bucketAsset('secret')]));
    expect(v.status).toBe('fail');
    expect(v.reason).toContain('secret');
    expect(v.evidence.some((e) => e.path === 'AWS::S3::Bucket[]' && JSON.stringify(e.observed) === '["secret"]')).toBe(true);
  });

  it('fails when there is no trail at all', () => {
    expect(runRule(rule, accountAsset(), fixtureContext([])).status).toBe('fail');
  });
});
