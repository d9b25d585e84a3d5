import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../model.js';
import { detectSnapshot, loadSnapshot, loadSnapshots } from './index.js';
import { JsonSyntaxError, parseJsonLines, parseLocated } from './json.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const AT = '2026-11-29T00:00:00.000Z';

describe('detectSnapshot', () => {
  it.each([
    ['AWS Config snapshot', '{"fileVersion":"1.0","configSnapshotId":"x","configurationItems":[]}', 'aws-config'],
    ['AWS Config item array', '[{"resourceType":"AWS::S3::Bucket","configurationItemCaptureTime":"2026-01-01T00:00:00Z"}]', 'aws-config'],
    ['batch-get-resource-config', '{"baseConfigurationItems":[]}', 'aws-config'],
    ['CAI JSON lines', '{"name":"//storage.googleapis.com/projects/_/buckets/b","assetType":"storage.googleapis.com/Bucket"}\n', 'gcp-cai'],
    ['ARG CLI output', '{"count":1,"data":[{"id":"/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a","subscriptionId":"s"}],"skip_token":null,"total_records":1}', 'azure-arg'],
    ['ARG REST', '{"totalRecords":0,"count":0,"data":[]}', 'azure-arg'],
  ])('%s', (_name, text, format) => {
    expect(detectSnapshot(text)).toBe(format);
  });

  it('undetectable: other JSON, YAML, empty', () => {
    expect(detectSnapshot('{"Resources":{"B":{"Type":"AWS::S3::Bucket"}}}')).toBeUndefined();
    expect(detectSnapshot('assetType: x')).toBeUndefined();
    expect(detectSnapshot('')).toBeUndefined();
  });

  it('the format whose marker comes first wins (an ARG row id inside an AWS item does not)', () => {
    expect(detectSnapshot('{"configurationItems":[{"configuration":{"note":"\\"subscriptionId\\": 1"}}]}')).toBe('aws-config');
  });
});

describe('the position-keeping JSON reader', () => {
  it('records the line of each object and array', () => {
    const { value, lineOf } = parseLocated('{\n  "a": [\n    {"x": 1},\n\n    {"y": "\\u00e9"}\n  ]\n}');
    const a = (value as { a: object[] }).a;
    expect(lineOf(value as object)).toBe(1);
    expect(lineOf(a)).toBe(2);
    expect(a.map((o) => lineOf(o))).toEqual([3, 5]);
    expect(a[1]).toEqual({ y: 'é' });
  });

  it.each([
    ['{"a": 1,\n  "b": }', 2, 8, /unexpected "}"/],
    ['{"a": 1\n"b": 2}', 2, 1, /expected ',' or '}'/],
    ['[1, 2', 1, 6, /end of input/],
    ['{"a": "unterminated}', 1, 7, /unterminated string/],
    ['{"a": 1} x', 1, 10, /after the JSON value/],
    ['', 1, 1, /no JSON value/],
  ])('%j fails at line %i column %i', (text, line, column, message) => {
    try {
      parseLocated(text);
      expect.unreachable('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(JsonSyntaxError);
      expect(e).toMatchObject({ line, column });
      expect((e as Error).message).toMatch(message);
    }
  });

  it('agrees with JSON.parse on values', () => {
    const text = JSON.stringify({ n: [-1.5e3, 0, 42], s: 'a\\"b\\n', t: true, f: false, z: null, o: { nested: [[], {}] } });
    expect(parseLocated(text).value).toEqual(JSON.parse(text));
  });

  it('JSON lines: each line on its own, a bad line does not stop the rest', () => {
    const { lines } = parseJsonLines('{"a":1}\n\n{"b":\n{"c":3}\n');
    expect(lines.map((l) => (l.ok ? l.line : `error@${l.error.line}:${l.error.column}`))).toEqual([1, 'error@3:6', 4]);
  });
});

describe('loadSnapshot on bad input', () => {
  it('malformed JSON: JsonSyntax with file, line and column; no throw', () => {
    const p = file('broken.json', '{\n  "configurationItems": [\n    {"resourceType": "AWS::S3::Bucket",, }\n  ]\n}');
    const r = loadSnapshot(p, AT);
    expect(r.assets).toEqual([]);
    expect(r.format).toBe('aws-config');
    expect(r.diagnostics).toEqual([{ severity: 'error', file: p, line: 3, column: 40, code: 'JsonSyntax', message: expect.any(String) }]);
  });

  it('malformed JSON that cannot even be sniffed is still reported as JsonSyntax', () => {
    const p = file('garbage.json', '{"oops": [1, 2,,]}');
    expect(loadSnapshot(p, AT).diagnostics).toEqual([expect.objectContaining({ code: 'JsonSyntax', line: 1, column: 16 })]);
  });

  it('an undetectable file: UnknownSnapshotFormat', () => {
    const p = file('template.json', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}');
    expect(loadSnapshot(p, AT)).toEqual({ assets: [], diagnostics: [expect.objectContaining({ severity: 'error', file: p, line: 1, code: 'UnknownSnapshotFormat' })] });
  });

  it('a file over MAX_FILE_BYTES is refused with FileTooLarge, without reading it', () => {
    const p = join(dir, 'huge.json');
    writeFileSync(p, '');
    truncateSync(p, MAX_FILE_BYTES + 1);
    expect(loadSnapshot(p, AT).diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: p, code: 'FileTooLarge' })]);
  });

  it('a missing file is a diagnostic, and the other files of the batch are still read', () => {
    const ok = file('ok.json', '[{"resourceType":"AWS::SQS::Queue","resourceId":"q","ARN":"arn:aws:sqs:eu-west-1:1:q","awsAccountId":"1","awsRegion":"eu-west-1","configurationItemCaptureTime":"2026-01-01T00:00:00Z","configuration":{}}]');
    const r = loadSnapshots([join(dir, 'missing.json'), ok], AT);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'FileNotReadable', file: join(dir, 'missing.json') })]);
    expect(r.assets.map((a) => a.id)).toEqual(['arn:aws:sqs:eu-west-1:1:q']);
    expect(r.assets[0]!.observedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('items without the required members are reported by line and skipped', () => {
    const p = file('items.json', '[\n  {"configurationItemCaptureTime": "2026-01-01T00:00:00Z"},\n  {"resourceType": "AWS::SNS::Topic", "configuration": "{not json", "configurationItemCaptureTime": "2026-01-01T00:00:00Z"}\n]');
    const r = loadSnapshot(p, AT);
    expect(r.assets).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['InvalidConfigurationItem', 2],
      ['MalformedConfiguration', 3],
    ]);
  });

  it('a CAI line without assetType and an ARG row without id are reported, the rest mapped', () => {
    const cai = file('cai.jsonl', '{"name":"//compute.googleapis.com/projects/p/global/networks/n","assetType":"compute.googleapis.com/Network","resource":{"data":{"name":"n"}}}\n{"name":"x","asset_type":""}\n');
    const r1 = loadSnapshot(cai, AT);
    expect(r1.assets.map((a) => [a.id, a.account])).toEqual([['//compute.googleapis.com/projects/p/global/networks/n', 'p']]);
    expect(r1.diagnostics.map((d) => [d.code, d.line])).toEqual([['InvalidAssetRecord', 2]]);
    const arg = file('arg.json', '{"data":[{"name":"no-id","subscriptionId":"s","type":"microsoft.compute/disks"}]}');
    const r2 = loadSnapshot(arg, AT);
    expect(r2.diagnostics.map((d) => d.code)).toEqual(['InvalidResourceRow']);
  });
});

describe('JSON lines sniffing', () => {
  it('a bad first record does not turn a JSON-lines export into one broken document', () => {
    const p = file('first-bad.jsonl', '{"name": "//compute.googleapis.com/projects/p/global/networks/a", "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "a"}}\n{"name":"//compute.googleapis.com/projects/p/global/networks/b","assetType":"compute.googleapis.com/Network","resource":{"data":{"name":"b"}}}\n');
    const r = loadSnapshot(p, AT);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'JsonSyntax', line: 1 })]);
    expect(r.assets.map((a) => a.name)).toEqual(['b']);
  });

  it('a pretty-printed document opening with a key on its first line is still one document', () => {
    const p = file('pretty.json', '{ "configurationItems": [\n  {"resourceType": "AWS::SQS::Queue", "resourceId": "q", "ARN": "arn:aws:sqs:eu-west-1:1:q", "awsRegion": "eu-west-1", "awsAccountId": "1", "configuration": {}}\n] }');
    const r = loadSnapshot(p, AT);
    expect(r.diagnostics).toEqual([]);
    expect(r.assets.map((a) => [a.id, a.source])).toEqual([['arn:aws:sqs:eu-west-1:1:q', { type: 'snapshot', file: p, line: 2 }]]);
  });
});

describe('what an export leaves out is never read as a setting', () => {
  it('an AWS item without configuration is skipped with MissingConfiguration', () => {
    const p = file('no-config.json', '[{"resourceType":"AWS::EC2::SecurityGroup","resourceId":"sg-1","awsRegion":"eu-west-1","awsAccountId":"1","configurationItemStatus":"OK","configurationItemCaptureTime":"2026-01-01T00:00:00Z"}]');
    const r = loadSnapshot(p, AT);
    expect(r.assets).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'MissingConfiguration', line: 1, message: expect.stringContaining('sg-1') })]);
  });

  it('an S3 item with no supplementary configuration: Block Public Access, ACL and policy are gaps', () => {
    const p = file('bare-bucket.json', '[{"resourceType":"AWS::S3::Bucket","resourceId":"b","ARN":"arn:aws:s3:::b","awsRegion":"eu-west-1","awsAccountId":"1","configurationItemCaptureTime":"2026-01-01T00:00:00Z","configuration":{"name":"b"}}]');
    const [bucket] = loadSnapshot(p, AT).assets;
    expect(Object.keys(bucket!.gaps).sort()).toEqual(['acl', 'encryption', 'logging', 'ownershipControls', 'policy', 'policyStatus', 'publicAccessBlock', 'versioning']);
    expect(Object.values(bucket!.gaps).every((g) => g.code === 'NotInSnapshot')).toBe(true);
  });

  it('an ARG row projected without properties: the model aspect is a gap, not an all-defaults resource', () => {
    const p = file('projected.json', '[{"id":"/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a","name":"a","type":"microsoft.storage/storageaccounts","location":"westeurope","subscriptionId":"s"}]');
    const [account] = loadSnapshot(p, AT).assets;
    expect(account!.config).toEqual({});
    expect(account!.gaps.account).toMatchObject({ code: 'NotInSnapshot', message: expect.stringContaining('no properties column') });
  });

  it('rows of an ARG table answer keep their own line', () => {
    const p = file('table.json', JSON.stringify({ totalRecords: 2, count: 2, data: { columns: [{ name: 'id' }, { name: 'type' }, { name: 'properties' }], rows: [['/subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/disks/d1', 'microsoft.compute/disks', {}], ['/subscriptions/s/resourceGroups/r/providers/Microsoft.Compute/disks/d2', 'microsoft.compute/disks', {}]] } }, null, 2));
    const r = loadSnapshot(p, AT);
    expect(r.assets.map((a) => [a.name, (a.source as { line?: number }).line])).toEqual([
      ['d1', 17],
      ['d2', 22],
    ]);
  });
});
