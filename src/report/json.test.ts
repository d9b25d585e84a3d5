import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderReport, writeReport } from './index.js';
import { sampleErrors, sampleFindings, sampleReport, sampleScan, syntheticFindings } from './sample.js';
import type { ReportFinding } from './types.js';

async function parsed(report = sampleReport()): Promise<any> {
  return JSON.parse(await renderReport('json', report));
}

describe('json format: the scan JSON contract', () => {
  it('has exactly the top-level fields', async () => {
    const doc = await parsed();
    expect(Object.keys(doc)).toEqual(['parapet', 'scan', 'findings', 'errors']);
    expect(doc.parapet).toBe('0.1.0');
  });

  it('writes the scan with its counts', async () => {
    const { scan } = await parsed();
    expect(scan).toMatchObject({ id: 'scan-0001', startedAt: '2026-11-29T10:00:00.000Z', finishedAt: '2026-11-29T10:05:00.000Z' });
    expect(scan.counts).toEqual({ assets: 4, pass: 1, fail: 2, unknown: 1, not_applicable: 1, suppressed: 0 });
  });

  it('writes every finding field by field', async () => {
    const doc = await parsed();
    const src = sampleFindings();
    expect(doc.findings).toHaveLength(src.length);
    const f = doc.findings[0];
    expect(Object.keys(f)).toEqual(['id', 'ruleId', 'title', 'severity', 'status', 'reason', 'state', 'asset', 'evidence', 'compliance', 'firstSeen', 'lastSeen']);
    expect(f).toEqual({
      id: src[0]!.id,
      ruleId: 'aws.s3.bucket-versioning-enabled',
      title: 'S3 bucket versioning is enabled',
      severity: 'medium',
      status: 'fail',
      reason: 'Versioning is not enabled',
      state: 'open',
      asset: { id: 'arn:aws:s3:::logs-bucket', provider: 'aws', account: '111122223333', region: 'us-east-1', type: 'AWS::S3::Bucket', kind: 'storage.bucket', name: 'logs-bucket' },
      evidence: [{ path: 'config.versioning.Status', observed: null, expected: 'Enabled' }],
      compliance: [
        { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.x' },
        { framework: 'aws-fsbp', control: 'S3.14' },
      ],
      firstSeen: '2026-11-29T10:05:00.000Z',
      lastSeen: '2026-11-29T10:05:00.000Z',
    });
    for (const [i, g] of (doc.findings as any[]).entries()) {
      const s = src[i]!;
      expect(g.status).toBe(s.status);
      expect(g.state).toBe(s.state);
      expect(g.asset.id).toBe(s.asset.id);
    }
  });

  it('carries the IaC location only for IaC assets', async () => {
    const doc = await parsed();
    const iac = doc.findings.find((f: any) => f.asset.id.startsWith('iac:'));
    expect(iac.asset.iac).toEqual({ file: 'main.tf', line: 12, address: 'aws_s3_bucket.data' });
    expect(doc.findings.filter((f: any) => 'iac' in f.asset)).toHaveLength(1);
  });

  it('keeps unknown as unknown', async () => {
    const doc = await parsed();
    expect(doc.findings.map((f: any) => f.status)).toEqual(['fail', 'fail', 'unknown', 'pass', 'not_applicable']);
  });

  it('writes the collection errors', async () => {
    const doc = await parsed();
    expect(doc.errors).toHaveLength(sampleErrors().length);
    expect(doc.errors[2]).toEqual({ provider: 'aws', account: '111122223333', region: 'us-east-1', service: 's3', operation: 'GetBucketAcl', code: 'ThrottlingException', message: 'Rate exceeded' });
    for (const e of doc.errors) expect(Object.keys(e).slice(0, 7)).toEqual(['provider', 'account', 'region', 'service', 'operation', 'code', 'message']);
  });

  it('is valid with no findings and no errors', async () => {
    const doc = await parsed(sampleReport({ findings: [], errors: [], scan: sampleScan({ finishedAt: null }) }));
    expect(doc.findings).toEqual([]);
    expect(doc.errors).toEqual([]);
    expect(doc.scan.finishedAt).toBeNull();
  });

  it('takes findings from an async iterable', async () => {
    async function* gen(): AsyncGenerator<ReportFinding> {
      yield* sampleFindings();
    }
    const doc = await parsed(sampleReport({ findings: gen() }));
    expect(doc.findings).toHaveLength(5);
  });

  it('survives evidence that JSON cannot hold as is', async () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    const f: ReportFinding = { ...sampleFindings()[0]!, evidence: [{ path: 'x', observed: 10n, expected: undefined }, { path: 'y', observed: circular, expected: 'Enabled' }] };
    const doc = await parsed(sampleReport({ findings: [f] }));
    expect(doc.findings[0].evidence[0]).toEqual({ path: 'x', observed: '10', expected: null });
    expect(doc.findings[0].evidence[1].observed).toEqual({ a: 1, self: '[Circular]' });
  });
});

/**
 * Counts bytes and checks JSON structure as it streams by: strings and escapes tracked, brackets balanced,
 * objects inside the top-level arrays counted. Holds nothing of the output.
 */
class JsonShape extends Writable {
  bytes = 0;
  stack: string[] = [];
  inString = false;
  escape = false;
  arrayItems = 0;
  balanced = true;
  peakHeap = 0;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.bytes += chunk.length;
    const s = chunk.toString('utf8');
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (ch === 92) this.escape = true;
        else if (ch === 34) this.inString = false;
        continue;
      }
      if (ch === 34) this.inString = true;
      else if (ch === 123 || ch === 91) {
        if (ch === 123 && this.stack.length === 2 && this.stack[1] === '[') this.arrayItems++;
        this.stack.push(ch === 123 ? '{' : '[');
      } else if (ch === 125 || ch === 93) {
        const open = this.stack.pop();
        if (open !== (ch === 125 ? '{' : '[')) this.balanced = false;
      }
    }
    this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
    cb();
  }
}

describe('json format: streaming', () => {
  it('writes 100k findings chunk by chunk with a modest heap increase', async () => {
    const n = 100_000;
    const out = new JsonShape({ highWaterMark: 64 * 1024 });
    const before = process.memoryUsage().heapUsed;
    // ~1 KB of evidence per finding: well over 100 MB of output in all.
    await writeReport('json', sampleReport({ findings: syntheticFindings(n, { evidenceBytes: 1000 }), errors: sampleErrors() }), out);
    expect(out.bytes).toBeGreaterThan(100 * 1024 * 1024);
    expect(out.balanced).toBe(true);
    expect(out.inString).toBe(false);
    expect(out.stack).toEqual([]);
    // n findings plus the errors, each one object directly inside a top-level array.
    expect(out.arrayItems).toBe(n + sampleErrors().length);
    // Building the document in memory would need more than the output size.
    expect(out.peakHeap - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('parses as a whole on a smaller run', async () => {
    const doc = JSON.parse(await renderReport('json', sampleReport({ findings: syntheticFindings(2_000) })));
    expect(doc.findings).toHaveLength(2_000);
    expect(doc.findings[1999].asset.name).toBe('asset-1999');
  });
});
