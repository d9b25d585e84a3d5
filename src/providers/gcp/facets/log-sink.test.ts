import { describe, expect, it } from 'vitest';
import { derive } from '../../../../test/support/facet-fixtures.js';
import { cryptoKey, logSink } from '../../../../test/support/native-gcp.js';
import { durationDays } from './kms-key.js';

describe('log sink facets', () => {
  it.each([
    ['no filter', undefined, true],
    ['empty filter', '  ', true],
    ['logName on all audit logs', 'logName:"cloudaudit.googleapis.com"', true],
    ['LOG_ID of the activity log', 'LOG_ID("cloudaudit.googleapis.com/activity")', true],
    ['one resource type', 'resource.type="gce_instance"', false],
    ['audit logs of one resource only', 'logName:"cloudaudit.googleapis.com" AND resource.type="gcs_bucket"', false],
  ])('%s: covers all regions and services = %s', (_n, filter, covers) => {
    expect(derive(logSink(filter === undefined ? {} : { filter })).facets.allRegionsAndServices).toBe(covers);
  });

  it('the built-in _Required sink does not count as a durable export', () => {
    expect(derive(logSink({ name: '_Required', filter: 'LOG_ID("cloudaudit.googleapis.com/activity")' })).facets).toMatchObject({ allRegionsAndServices: false, durableDestination: false });
  });
});

describe('Cloud KMS key facets', () => {
  it('reads protobuf durations and leaves rotation out for asymmetric keys', () => {
    expect(durationDays('7776000s')).toBe(90);
    expect(durationDays('junk')).toBeUndefined();
    expect(derive(cryptoKey({ purpose: 'ASYMMETRIC_DECRYPT', primary: undefined })).facets).toEqual({ customerManaged: true, enabled: true });
  });
});
