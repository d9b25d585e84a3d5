import { describe, expect, it } from 'vitest';
import type { Severity, Status } from '../core/verdict.js';
import { OCSF_VERSION, renderReport, toOcsf } from './index.js';
import { sampleFindings, sampleReport } from './sample.js';
import type { ReportFinding } from './types.js';

const ctx = { parapet: '0.1.0', scanId: 'scan-0001', fallbackTime: 0, version: OCSF_VERSION };
const base = sampleFindings()[0]!;
const with_ = (over: Partial<ReportFinding>): ReportFinding => ({ ...base, ...over });

async function events(): Promise<any[]> {
  return JSON.parse(await renderReport('ocsf', sampleReport()));
}

describe('ocsf format: Detection Finding', () => {
  it('writes one Detection Finding per finding with the class, category and type ids', async () => {
    const evs = await events();
    expect(evs).toHaveLength(sampleFindings().length);
    for (const e of evs) {
      expect(e.class_uid).toBe(2004);
      expect(e.category_uid).toBe(2);
      expect([1, 2, 3]).toContain(e.activity_id);
      expect(e.type_uid).toBe(2004 * 100 + e.activity_id);
      expect(e.metadata.version).toBe('1.3.0');
      expect(e.metadata.product).toEqual({ name: 'Parapet', vendor_name: 'Parapet', version: '0.1.0' });
      expect(Number.isInteger(e.time)).toBe(true);
    }
  });

  it.each([
    ['info', 1, 'Informational'],
    ['low', 2, 'Low'],
    ['medium', 3, 'Medium'],
    ['high', 4, 'High'],
    ['critical', 5, 'Critical'],
  ] as Array<[Severity, number, string]>)('maps severity %s to severity_id %i', (sev, id, name) => {
    const e = toOcsf(with_({ severity: sev }), ctx);
    expect(e.severity_id).toBe(id);
    expect(e.severity).toBe(name);
  });

  it.each([
    ['pass', 1, 'Pass'],
    ['fail', 3, 'Fail'],
    ['unknown', 2, 'Warning'],
    ['not_applicable', 99, 'Not Applicable'],
  ] as Array<[Status, number, string]>)('maps verdict %s to compliance.status_id %i', (status, id, name) => {
    const e = toOcsf(with_({ status }), ctx);
    expect(e.compliance.status_id).toBe(id);
    expect(e.compliance.status).toBe(name);
    expect(e.compliance.status_code).toBe(status);
    expect(e.unmapped.parapet.status).toBe(status);
  });

  it('never reports unknown as pass', () => {
    const e = toOcsf(with_({ status: 'unknown', reason: 'acl could not be collected' }), ctx);
    expect(e.compliance.status_id).not.toBe(1);
    expect(e.compliance.status).not.toMatch(/pass/i);
    expect(e.compliance.status_code).toBe('unknown');
    expect(e.compliance.status_detail).toBe('acl could not be collected');
  });

  it('maps lifecycle state to status_id and activity_id', () => {
    const created = toOcsf(with_({ state: 'open', firstSeen: '2026-11-29T10:05:00.000Z', lastSeen: '2026-11-29T10:05:00.000Z' }), ctx);
    expect([created.status_id, created.status, created.activity_id, created.activity_name]).toEqual([1, 'New', 1, 'Create']);
    const updated = toOcsf(with_({ state: 'open', firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-29T10:05:00.000Z' }), ctx);
    expect([updated.status_id, updated.activity_id, updated.type_uid]).toEqual([1, 2, 200402]);
    const suppressed = toOcsf(with_({ state: 'suppressed' }), ctx);
    expect([suppressed.status_id, suppressed.status]).toEqual([3, 'Suppressed']);
    const closed = toOcsf(with_({ state: 'resolved', status: 'pass' }), ctx);
    expect([closed.status_id, closed.status, closed.activity_id, closed.type_uid]).toEqual([4, 'Resolved', 3, 200403]);
  });

  it('describes the finding, the resource and the cloud', async () => {
    const [e, iac, unknown, gov] = await events();
    expect(e.finding_info).toMatchObject({ uid: base.id, title: base.title, analytic: { uid: base.ruleId, type_id: 1 } });
    expect(e.finding_info.first_seen_time).toBe(Date.parse(base.firstSeen));
    expect(e.finding_info.last_seen_time).toBe(Date.parse(base.lastSeen));
    expect(e.finding_info.created_time).toBe(Date.parse(base.firstSeen));
    expect(e.message).toBe(base.reason);
    expect(e.metadata.event_code).toBe(base.ruleId);
    expect(e.resources).toEqual([
      expect.objectContaining({
        uid: 'arn:aws:s3:::logs-bucket',
        name: 'logs-bucket',
        type: 'AWS::S3::Bucket',
        region: 'us-east-1',
        cloud_partition: 'aws',
        owner: { account: { uid: '111122223333', type_id: 10, type: 'AWS Account' } },
        labels: ['storage.bucket'],
      }),
    ]);
    expect(e.cloud).toEqual({ provider: 'AWS', account: { uid: '111122223333', type_id: 10, type: 'AWS Account' }, region: 'us-east-1' });
    expect(iac.unmapped.parapet.iac).toEqual({ file: 'main.tf', line: 12, address: 'aws_s3_bucket.data' });
    // IAM is global: no made-up region.
    expect(unknown.cloud.region).toBeUndefined();
    expect(unknown.resources[0].region).toBeUndefined();
    expect(gov.resources[0].cloud_partition).toBe('aws-us-gov');
  });

  it('carries compliance mappings, remediation and evidence', async () => {
    const [e, iac] = await events();
    expect(e.compliance.standards).toEqual(['cis-aws-foundations-v5.0.0', 'aws-fsbp']);
    expect(e.compliance.requirements).toEqual(['cis-aws-foundations-v5.0.0 2.1.x', 'aws-fsbp S3.14']);
    expect(iac.compliance.control).toBe('S3.8');
    expect(e.remediation.desc).toContain('Enable versioning');
    expect(e.remediation.references).toEqual(['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html']);
    expect(iac.remediation).toBeUndefined();
    expect(e.evidences).toEqual([{ name: 'config.versioning.Status', data: { path: 'config.versioning.Status', observed: null, expected: 'Enabled' } }]);
  });

  it('writes JSON Lines when asked', async () => {
    const text = await renderReport('ocsf', sampleReport(), { jsonLines: true });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(sampleFindings().length);
    for (const l of lines) expect(JSON.parse(l).class_uid).toBe(2004);
  });

  it('writes an empty array for no findings', async () => {
    expect(JSON.parse(await renderReport('ocsf', sampleReport({ findings: [] })))).toEqual([]);
  });
});
