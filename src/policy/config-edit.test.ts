import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSuppression } from './config-edit.js';
import { loadConfig } from './config.js';
import { starterConfig } from './starter.js';

const FIXTURES = resolve('test/fixtures/policy/config');
const NOW = new Date('2026-11-30T12:00:00Z');

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parapet-config-edit-'));
  file = join(dir, 'parapet.yaml');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ROOT_MFA = { rule: 'aws.iam.root-mfa', reason: 'Break-glass account, vaulted hardware key', owner: 'bob@example.com', until: '2027-01-01' };
const ROOT_MFA_TEXT = [
  '  - rule: aws.iam.root-mfa',
  '    reason: Break-glass account, vaulted hardware key',
  '    owner: bob@example.com',
  '    until: 2027-01-01',
];

/** The lines of `text` with `added` inserted before 0-based line `at`. */
function insertLines(text: string, at: number, added: string[]): string {
  const lines = text.split('\n');
  lines.splice(at, 0, ...added);
  return lines.join('\n');
}

function loadOk(path: string) {
  const r = loadConfig(path, { now: NOW });
  expect(r.diagnostics).toEqual([]);
  return r.config!;
}

describe('addSuppression', () => {
  it('appends to suppressions keeping every comment and the layout, and a second add goes after the first', () => {
    copyFileSync(join(FIXTURES, 'commented.yaml'), file);
    const before = readFileSync(file, 'utf8');

    expect(addSuppression(file, ROOT_MFA)).toEqual({ line: 16, created: false });
    const once = readFileSync(file, 'utf8');
    // byte for byte the original, plus the entry after the last one (line 15)
    expect(once).toBe(insertLines(before, 15, ROOT_MFA_TEXT));

    const second = { finding: '0123456789ABCDEF0123456789ABCDEF', reason: 'Reviewed false positive', owner: 'carol@example.com', until: '2027-06-30', id: 'fp-1' };
    expect(addSuppression(file, second)).toEqual({ line: 20, created: false });
    const twice = readFileSync(file, 'utf8');
    expect(twice).toBe(
      insertLines(once, 19, [
        '  - id: fp-1',
        '    finding: 0123456789ABCDEF0123456789ABCDEF',
        '    reason: Reviewed false positive',
        '    owner: carol@example.com',
        '    until: 2027-06-30',
      ]),
    );
    for (const comment of ['# Team config', '# only what pages someone', '# Accepted risks (see SEC-100).', '# The old logging bucket', '# review at the deadline', '# for the SIEM']) {
      expect(twice).toContain(comment);
    }

    const config = loadOk(file);
    expect(config.suppressions.map((s) => [s.id, s.source.replace(/^.*:/, '')])).toEqual([
      ['legacy-logs', '10'],
      [config.suppressions[1]!.id, '16'],
      ['fp-1', '20'],
    ]);
    expect(config.suppressions[1]).toMatchObject({ rule: 'aws.iam.root-mfa', owner: 'bob@example.com', until: '2027-01-01' });
    expect(config.suppressions[1]!.id).toMatch(/^sup-[0-9a-f]{8}$/);
    expect(config.suppressions[2]!.finding).toBe('0123456789abcdef0123456789abcdef');
  });

  it('adds below the commented example of the starter file, keeping the rest of it unchanged', () => {
    writeFileSync(file, starterConfig());
    const { line, created } = addSuppression(file, ROOT_MFA);
    expect(created).toBe(false);
    const starterLines = starterConfig().split('\n');
    const exampleEnd = starterLines.findIndex((l) => l.startsWith('  #   until: '));
    expect(line).toBe(exampleEnd + 2);
    expect(readFileSync(file, 'utf8')).toBe(insertLines(starterConfig(), exampleEnd + 1, ROOT_MFA_TEXT));
    expect(loadOk(file).suppressions).toHaveLength(1);
  });

  it('creates the file, with version 1, when it is missing', () => {
    const path = join(dir, 'sub', 'parapet.yaml');
    expect(addSuppression(path, { asset: 'arn:aws:s3:::tmp-*', reason: 'Scratch buckets', owner: 'data@example.com', until: '2027-02-28' })).toEqual({
      line: 3,
      created: true,
    });
    expect(readFileSync(path, 'utf8')).toBe(
      'version: 1\nsuppressions:\n  - asset: arn:aws:s3:::tmp-*\n    reason: Scratch buckets\n    owner: data@example.com\n    until: 2027-02-28\n',
    );
    expect(loadOk(path).suppressions[0]).toMatchObject({ asset: 'arn:aws:s3:::tmp-*', until: '2027-02-28' });
  });

  it('adds the key when the file has no suppressions, and fills an empty flow list in block style', () => {
    writeFileSync(file, '# ours\nversion: 1\noutput:\n  format: json # SIEM\n');
    expect(addSuppression(file, ROOT_MFA).line).toBe(6);
    expect(readFileSync(file, 'utf8')).toBe(['# ours', 'version: 1', 'output:', '  format: json # SIEM', 'suppressions:', ...ROOT_MFA_TEXT, ''].join('\n'));

    writeFileSync(file, 'version: 1\nsuppressions: []\n');
    expect(addSuppression(file, ROOT_MFA).line).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(['version: 1', 'suppressions:', ...ROOT_MFA_TEXT, ''].join('\n'));
  });

  it('keeps a file whose lists are not indented under their key in that style', () => {
    const text = 'version: 1\nsuppressions:\n- rule: a.b\n  reason: r\n  owner: o\n  until: 2027-01-01\n';
    writeFileSync(file, text);
    expect(addSuppression(file, { rule: 'c.d', reason: 'r2', owner: 'o2', until: '2027-01-02' }).line).toBe(7);
    expect(readFileSync(file, 'utf8')).toBe(`${text}- rule: c.d\n  reason: r2\n  owner: o2\n  until: 2027-01-02\n`);
  });

  it('keeps Windows line endings', () => {
    writeFileSync(file, 'version: 1 # v\r\nsuppressions:\r\n');
    expect(addSuppression(file, ROOT_MFA).line).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(['version: 1 # v', 'suppressions:', ...ROOT_MFA_TEXT, ''].join('\r\n'));
  });

  it('quotes values YAML would read as something else', () => {
    writeFileSync(file, 'version: 1\n');
    addSuppression(file, { finding: '12345678901234567890123456789012', reason: 'true', owner: 'o', until: '2027-01-01' });
    expect(readFileSync(file, 'utf8')).toContain('finding: "12345678901234567890123456789012"');
    expect(loadOk(file).suppressions[0]).toMatchObject({ finding: '12345678901234567890123456789012', reason: 'true' });
  });

  it('refuses a file with errors, naming file:line, and leaves it untouched', () => {
    copyFileSync(join(FIXTURES, 'unknown-keys.yaml'), file);
    const before = readFileSync(file, 'utf8');
    expect(() => addSuppression(file, ROOT_MFA)).toThrow(/parapet\.yaml:2: refusing to add a suppression to a parapet\.yaml with errors/);
    expect(() => addSuppression(file, ROOT_MFA)).toThrow(/\[UnknownKey\] supressions: unknown key/);
    expect(readFileSync(file, 'utf8')).toBe(before);

    writeFileSync(file, 'version: 1\noutput:\n  format: json\n   failOn: high\n');
    expect(() => addSuppression(file, ROOT_MFA)).toThrow(/parapet\.yaml:3: refusing .*\n.*\[YamlSyntax\]/);
  });

  it('refuses an invalid entry without writing anything', () => {
    copyFileSync(join(FIXTURES, 'commented.yaml'), file);
    const before = readFileSync(file, 'utf8');
    expect(() => addSuppression(file, { ...ROOT_MFA, until: '2027-02-30' })).toThrow(
      /parapet\.yaml:19: the new suppression is invalid, nothing was written:\n.*suppressions\[1\]\.until: expected a date YYYY-MM-DD, found "2027-02-30"/,
    );
    expect(() => addSuppression(file, { reason: 'r', owner: 'o', until: '2027-01-01' })).toThrow(/at least one of rule, asset or finding/);
    expect(() => addSuppression(file, { ...ROOT_MFA, id: 'legacy-logs' })).toThrow(/"legacy-logs" is already used/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'missing.yaml'))).toBe(false);
    expect(() => addSuppression(join(dir, 'missing.yaml'), { ...ROOT_MFA, owner: ' ' })).toThrow(/owner/);
    expect(existsSync(join(dir, 'missing.yaml'))).toBe(false);
  });

  it('writes atomically: no temporary file is left behind', () => {
    copyFileSync(join(FIXTURES, 'commented.yaml'), file);
    addSuppression(file, ROOT_MFA);
    expect(readdirSync(dir)).toEqual(['parapet.yaml']);
  });
});
