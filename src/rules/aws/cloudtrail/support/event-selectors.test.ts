import { describe, expect, it } from 'vitest';
import { managementCoverage, s3ObjectCoverage, type EventSelectorsOutput } from './event-selectors.js';

const adv = (...fieldSelectors: Array<Record<string, unknown>>): EventSelectorsOutput => ({ AdvancedEventSelectors: [{ Name: 'x', FieldSelectors: fieldSelectors as never }] });
const MGMT = { Field: 'eventCategory', Equals: ['Management'] };
const DATA = { Field: 'eventCategory', Equals: ['Data'] };
const S3OBJ = { Field: 'resources.type', Equals: ['AWS::S3::Object'] };

describe('managementCoverage', () => {
  it.each<[string, EventSelectorsOutput | null, { read: boolean; write: boolean }]>([
    ['default basic selector', { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }, { read: true, write: true }],
    ['IncludeManagementEvents omitted defaults to true', { EventSelectors: [{ ReadWriteType: 'All' }] }, { read: true, write: true }],
    ['write only', { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] }, { read: false, write: true }],
    ['read + write split over two selectors', { EventSelectors: [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }] }, { read: true, write: true }],
    ['data events only', { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] }, { read: false, write: false }],
    ['advanced management, no readOnly', adv(MGMT), { read: true, write: true }],
    ['advanced management, readOnly=false (writes)', adv(MGMT, { Field: 'readOnly', Equals: ['false'] }), { read: false, write: true }],
    ['advanced management, readOnly!=true (writes)', adv(MGMT, { Field: 'readOnly', NotEquals: ['true'] }), { read: false, write: true }],
    ['advanced management with excluded KMS events', adv(MGMT, { Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }), { read: true, write: true }],
    ['advanced management for one source only', adv(MGMT, { Field: 'eventSource', Equals: ['iam.amazonaws.com'] }), { read: false, write: false }],
    ['advanced selector narrowed on event name', adv(MGMT, { Field: 'eventName', Equals: ['ConsoleLogin'] }), { read: false, write: false }],
    ['no selectors', { EventSelectors: [], AdvancedEventSelectors: [] }, { read: false, write: false }],
    ['null (not returned)', null, { read: false, write: false }],
  ])('%s', (_n, sel, expected) => {
    expect(managementCoverage(sel)).toMatchObject(expected);
  });

  it('reports excluded event sources from basic and advanced selectors', () => {
    expect(managementCoverage({ EventSelectors: [{ ReadWriteType: 'All', ExcludeManagementEventSources: ['rdsdata.amazonaws.com'] }] }).excludedSources).toEqual(['rdsdata.amazonaws.com']);
    expect(managementCoverage(adv(MGMT, { Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] })).excludedSources).toEqual(['kms.amazonaws.com']);
  });
});

describe('s3ObjectCoverage', () => {
  const basic = (values: string[], rw: 'All' | 'ReadOnly' | 'WriteOnly' = 'All'): EventSelectorsOutput => ({ EventSelectors: [{ ReadWriteType: rw, DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }] });
  it.each<[string, EventSelectorsOutput, 'read' | 'write', boolean, string[]]>([
    ['basic all buckets (arn:aws:s3)', basic(['arn:aws:s3']), 'write', true, []],
    ['basic all buckets (arn:aws:s3:::)', basic(['arn:aws:s3:::']), 'read', true, []],
    ['basic all buckets, ReadOnly asked for writes', basic(['arn:aws:s3'], 'ReadOnly'), 'write', false, []],
    ['basic one whole bucket', basic(['arn:aws:s3:::logs/']), 'write', false, ['logs']],
    ['basic bucket without trailing slash', basic(['arn:aws:s3:::logs']), 'write', false, ['logs']],
    ['basic object prefix only covers part of a bucket', basic(['arn:aws:s3:::logs/2026/']), 'write', false, []],
    ['basic Lambda data events are not S3', { EventSelectors: [{ ReadWriteType: 'All', DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] }] }, 'write', false, []],
    ['advanced all S3 objects', adv(DATA, S3OBJ), 'read', true, []],
    ['advanced S3 writes only, asked for reads', adv(DATA, S3OBJ, { Field: 'readOnly', Equals: ['false'] }), 'read', false, []],
    ['advanced S3 writes only, asked for writes', adv(DATA, S3OBJ, { Field: 'readOnly', Equals: ['false'] }), 'write', true, []],
    ['advanced one bucket by ARN prefix', adv(DATA, S3OBJ, { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::data/'] }), 'write', false, ['data']],
    ['advanced all but one bucket', adv(DATA, S3OBJ, { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::noisy/'] }), 'write', false, []],
    ['advanced narrowed on event name', adv(DATA, S3OBJ, { Field: 'eventName', Equals: ['PutObject'] }), 'write', false, []],
    ['advanced DynamoDB data', adv(DATA, { Field: 'resources.type', Equals: ['AWS::DynamoDB::Table'] }), 'write', false, []],
  ])('%s', (_n, sel, access, all, buckets) => {
    const c = s3ObjectCoverage(sel, access);
    expect(c.allBuckets).toBe(all);
    expect([...c.buckets]).toEqual(buckets);
  });
});
