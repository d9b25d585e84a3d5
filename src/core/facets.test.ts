import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../test/support/assets.js';
import { FacetGap, aspectFor, deriveFacets, needFacet, optionalFacet } from './facets.js';
import { MissingData } from './rule.js';

const bucket = (config: Record<string, unknown>, gaps = {}) => awsAsset({ type: 'AWS::S3::Bucket', kind: 'storage.bucket', config, gaps });
const denied = { provider: 'aws' as const, account: '1', region: 'r', service: 's3', operation: 'GetBucketVersioning', code: 'AccessDenied', message: 'no' };

describe('facet derivation contract', () => {
  it('derives each facet on its own: a gap, a bug and a not-modelled facet do not stop the others', () => {
    const a = deriveFacets(bucket({ logging: {} }, { versioning: denied }), 'storage.bucket', {
      versioning: (x) => aspectFor<{ Status?: string }>(x, 'versioning').Status === 'Enabled',
      accessLogging: (x) => Boolean(aspectFor<{ LoggingEnabled?: object }>(x, 'logging').LoggingEnabled),
      publicRead: () => {
        throw new TypeError('boom');
      },
      secureTransportOnly: () => undefined,
    });
    expect(a.facets).toEqual({ accessLogging: false });
    expect(a.gaps['facets.versioning']).toEqual(denied);
    expect(a.gaps['facets.publicRead']).toMatchObject({ code: 'DerivationFailed', message: 'boom', operation: 'derive facets.publicRead' });
    expect(a.gaps['facets.secureTransportOnly']).toBeUndefined();
  });

  it('an aspect never collected is a gap too', () => {
    expect(() => aspectFor(bucket({}), 'acl')).toThrow(FacetGap);
  });

  it('needFacet: gap and absence are missing data; optionalFacet: absence without gap is undefined', () => {
    const a = deriveFacets(bucket({}, { versioning: denied }), 'storage.bucket', { versioning: (x) => aspectFor(x, 'versioning') === 1 });
    expect(() => needFacet(a, 'storage.bucket', 'versioning')).toThrow(MissingData);
    expect(() => optionalFacet(a, 'storage.bucket', 'versioning')).toThrow(/could not be determined/);
    expect(() => needFacet(a, 'storage.bucket', 'accessLogging')).toThrow(/was not determined/);
    expect(optionalFacet(a, 'storage.bucket', 'accessLogging')).toBeUndefined();
  });
});
