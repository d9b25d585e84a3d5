import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, csvRow, renderReport } from './index.js';
import { sampleFindings, sampleReport, syntheticFindings } from './sample.js';
import type { ReportFinding } from './types.js';

/** A strict RFC 4180 parser (CRLF records), to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
      } else {
        cell += ch;
        i++;
      }
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`bare LF outside quotes at ${i}`);
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('csv cells (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['a\rb', '"a\rb"'],
    ['"', '""""'],
  ])('%j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes empty cells for null and undefined, text for numbers and booleans', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(false)).toBe('false');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['=1,2', `"'=1,2"`],
  ])('guards formula %j -> %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves text that merely contains formula characters alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('x-1')).toBe('x-1');
  });

  it('ends rows with CRLF', () => {
    expect(csvRow(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });
});

describe('csv format', () => {
  it('has a header row and one row per finding, every row as wide as the header', async () => {
    const rows = parseCsv(await renderReport('csv', sampleReport()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + sampleFindings().length);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes the finding fields in their columns', async () => {
    const rows = parseCsv(await renderReport('csv', sampleReport()));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const iac = rows.find((r) => r[col('assetId')] === 'iac:aws_s3_bucket.data')!;
    expect(iac[col('ruleId')]).toBe('aws.s3.bucket-public-access-blocked');
    expect(iac[col('status')]).toBe('fail');
    expect(iac[col('severity')]).toBe('critical');
    expect(iac[col('iacFile')]).toBe('main.tf');
    expect(iac[col('iacLine')]).toBe('12');
    expect(iac[col('compliance')]).toBe('aws-fsbp:S3.8');
    const unknown = rows.find((r) => r[col('status')] === 'unknown')!;
    expect(unknown[col('reason')]).toContain('AccessDenied');
    expect(unknown[col('evidence')]).toBe('config.mfaDevices: observed null, expected "collected"');
  });

  it('round-trips quotes, commas and newlines', async () => {
    const rows = parseCsv(await renderReport('csv', sampleReport({ findings: syntheticFindings(50) })));
    expect(rows).toHaveLength(51);
    expect(rows[1]![CSV_COLUMNS.indexOf('reason')]).toBe('Synthetic reason 0, with "quotes", commas and a newline\nsecond line');
  });

  it('guards cloud-controlled cells against formula injection', async () => {
    const f: ReportFinding = { ...sampleFindings()[0]!, asset: { ...sampleFindings()[0]!.asset, name: '=cmd|"/c calc"!A1' }, reason: '@evil' };
    const rows = parseCsv(await renderReport('csv', sampleReport({ findings: [f] })));
    expect(rows[1]![CSV_COLUMNS.indexOf('assetName')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(rows[1]![CSV_COLUMNS.indexOf('reason')]).toBe("'@evil");
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
