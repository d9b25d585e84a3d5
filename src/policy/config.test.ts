import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIG_NAMES, findConfig, formatKeyPath, isIsoDate, loadConfig, suppressionId } from './config.js';
import { starterConfig } from './starter.js';
import { formatDiagnostic, type PolicyDiagnostic } from './types.js';

const FIXTURES = resolve('test/fixtures/policy/config');
const fixture = (name: string): string => join(FIXTURES, name);
/** How the loader names a fixture in diagnostics and sources: relative to the working directory. */
const shown = (name: string): string => relative(process.cwd(), fixture(name));
const NOW = new Date('2026-11-30T12:00:00Z');

/** line:col key code, the part of a diagnostic every test pins exactly. */
const where = (d: PolicyDiagnostic): string => `${d.line}:${d.column} ${d.key ?? '-'} ${d.code}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parapet-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function loadText(text: string, name = 'parapet.yaml') {
  const p = join(dir, name);
  writeFileSync(p, text);
  return loadConfig(p, { now: NOW });
}

describe('findConfig', () => {
  it('finds parapet.yaml, then parapet.yml, in the folder itself only', () => {
    expect(CONFIG_NAMES).toEqual(['parapet.yaml', 'parapet.yml']);
    expect(findConfig(dir)).toBeUndefined();
    writeFileSync(join(dir, 'parapet.yml'), 'version: 1\n');
    expect(findConfig(dir)).toBe(join(dir, 'parapet.yml'));
    writeFileSync(join(dir, 'parapet.yaml'), 'version: 1\n');
    expect(findConfig(dir)).toBe(join(dir, 'parapet.yaml'));
    const child = join(dir, 'child');
    mkdirSync(child);
    expect(findConfig(child)).toBeUndefined();
  });

  it('ignores a folder named parapet.yaml', () => {
    mkdirSync(join(dir, 'parapet.yaml'));
    expect(findConfig(dir)).toBeUndefined();
  });
});

describe('loadConfig: a valid file', () => {
  it('parses every section, normalizes values and resolves paths against the file folder', () => {
    const r = loadConfig(fixture('full.yaml'), { now: NOW });
    expect(r.diagnostics).toEqual([]);
    expect(r.path).toBe(fixture('full.yaml'));
    expect(r.config).toEqual({
      version: 1,
      targets: {
        aws: {
          profile: 'security-audit',
          roleArn: 'arn:aws:iam::123456789012:role/ParapetAudit',
          externalId: 'ext-42',
          organization: true,
          memberRole: 'OrganizationAccountAccessRole',
          // unquoted 012345678901 keeps its leading zero
          accounts: ['123456789012', '012345678901'],
          excludeAccounts: ['210987654321'],
          regions: ['us-east-1', 'eu-west-3'],
          services: ['s3', 'iam'],
        },
        azure: {
          subscriptions: ['00000000-0000-4000-8000-000000000001'],
          managementGroup: 'platform',
          tenantId: '11111111-2222-4333-8444-555555555555',
        },
        gcp: { organization: 'organizations/123456789', folders: ['folders/42', 'folders/43'], projects: ['my-project-1', '123456789012'] },
      },
      rules: {
        include: ['aws.s3.*', 'aws.iam.root-mfa'],
        exclude: ['aws.s3.versioning'],
        severities: ['critical', 'high', 'medium'],
        frameworks: ['cis-aws-foundations-v5.0.0'],
        providers: ['aws', 'gcp'],
        custom: [join(FIXTURES, 'policies'), resolve(FIXTURES, '../shared/rules.yaml')],
      },
      suppressions: [
        {
          id: 'legacy-logs',
          rule: 'aws.s3.*',
          asset: 'arn:aws:s3:::legacy-*',
          accounts: ['123456789012'],
          regions: ['us-east-1'],
          tags: { env: 'sandbox' },
          reason: 'Legacy bucket, migration tracked in SEC-123',
          owner: 'alice@example.com',
          until: '2027-03-31',
          source: `${shown('full.yaml')}:30`,
        },
        {
          // derived id: sup- + 8 hex of the canonical content; the finding id is lower-cased
          id: 'sup-8816841d',
          finding: '3f2a0000000000000000000000000001',
          reason: 'Accepted by the risk committee',
          owner: 'bob@example.com',
          // in the past: not an error of the file (the matcher reports it)
          until: '2026-01-15',
          source: `${shown('full.yaml')}:39`,
        },
      ],
      classification: {
        sensitive: { tags: { 'data-class': ['confidential', 'restricted'], pii: ['*'] }, names: ['*-pii-*', 'customer-*'] },
      },
      output: { format: 'sarif', failOn: 'high', db: join(FIXTURES, '.parapet/parapet.db') },
    });
  });

  it('accepts a file with only a version, and empty sections', () => {
    const r = loadText('version: 1\ntargets:\nrules:\nsuppressions:\nclassification:\noutput:\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toEqual({ version: 1, targets: {}, rules: { custom: [] }, suppressions: [], classification: {}, output: {} });
  });

  it('reads severity as a list, a single severity or a threshold', () => {
    const sev = (v: string) => loadText(`version: 1\nrules:\n  severity: ${v}\n`).config?.rules.severities;
    expect(sev('[low, critical, low]')).toEqual(['critical', 'low']);
    expect(sev('high')).toEqual(['high']);
    expect(sev('high+')).toEqual(['critical', 'high']);
    expect(sev('info+')).toEqual(['critical', 'high', 'medium', 'low', 'info']);
  });

  it('keeps a date a string even under a YAML 1.1 directive', () => {
    const r = loadText('%YAML 1.1\n---\nversion: 1\nsuppressions:\n  - rule: a.b\n    reason: r\n    owner: o\n    until: 2027-03-31\n');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.config?.suppressions[0]?.until).toBe('2027-03-31');
  });

  it('derives the same id from the same selectors, whatever their order, and a different one otherwise', () => {
    const a = suppressionId({ rule: 'aws.s3.*', accounts: ['2', '1'], tags: { b: '1', a: '2' } });
    expect(a).toMatch(/^sup-[0-9a-f]{8}$/);
    expect(suppressionId({ rule: 'aws.s3.*', accounts: ['1', '2'], tags: { a: '2', b: '1' } })).toBe(a);
    expect(suppressionId({ rule: 'aws.s3.*', accounts: ['1'], tags: { a: '2', b: '1' } })).not.toBe(a);
    expect(suppressionId({ asset: 'aws.s3.*', accounts: ['1', '2'], tags: { a: '2', b: '1' } })).not.toBe(a);
    expect(suppressionId({ rule: 'x', accounts: [] })).toBe(suppressionId({ rule: 'x' }));
  });

  it('warns (not errors) on a suppression more than 3 years ahead', () => {
    const item = (id: string, until: string) => `  - id: ${id}\n    rule: a.b\n    reason: r\n    owner: o\n    until: ${until}\n`;
    const r = loadText(`version: 1\nsuppressions:\n${item('ok', '2029-11-30')}${item('long', '2029-12-01')}`);
    expect(r.config?.suppressions.map((s) => s.id)).toEqual(['ok', 'long']);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect([d.severity, where(d)]).toEqual(['warning', '12:12 suppressions[1].until LongSuppression']);
    expect(d.message).toContain('2029-12-01');
    expect(d.message).toContain('more than 3 years ahead');
  });
});

describe('loadConfig: errors', () => {
  it('reports a missing file', () => {
    const r = loadConfig(join(dir, 'parapet.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ severity: 'error', code: 'NotFound', line: 1 }]);
    expect(r.diagnostics[0]!.message).toContain('does not exist');
  });

  it('reports YAML syntax errors with line and column, and nothing else', () => {
    const r = loadConfig(fixture('syntax-error.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code === 'YamlSyntax' && d.severity === 'error')).toBe(true);
    expect(where(r.diagnostics[0]!)).toBe('3:11 - YamlSyntax');
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe(
      `${shown('syntax-error.yaml')}:3:11: error [YamlSyntax] invalid YAML: Nested mappings are not allowed in compact mappings.`,
    );
  });

  it('reports a second YAML document', () => {
    const r = loadText('version: 1\n---\nversion: 1\n');
    expect(r.diagnostics.map((d) => `${where(d)} ${d.message}`)).toEqual([
      '2:1 - YamlSyntax invalid YAML: a parapet.yaml holds one YAML document; remove the "---" separator and what follows or merge it.',
    ]);
  });

  it('reports a duplicate key as a syntax error', () => {
    const r = loadText('version: 1\noutput:\n  format: json\n  format: csv\n');
    expect(r.diagnostics.map(where)).toEqual(['4:3 - YamlSyntax']);
  });

  it('reports wrong types at the value, with what was expected and found', () => {
    const r = loadConfig(fixture('wrong-type.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(where)).toEqual([
      '4:19 targets.aws.organization Schema',
      '5:14 targets.aws.regions Schema',
      '6:8 rules Schema',
    ]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'expected true or false, found "yes".',
      'expected a list of AWS region names, found "us-east-1".',
      'expected a mapping of rule selection settings, found a list.',
    ]);
  });

  it('reports dates that are not YYYY-MM-DD or not a real day', () => {
    const r = loadConfig(fixture('bad-date.yaml'));
    expect(r.diagnostics.map(where)).toEqual(['6:12 suppressions[0].until Schema', '10:12 suppressions[1].until Schema']);
    expect(r.diagnostics[0]!.message).toBe('expected a date YYYY-MM-DD, found "next week".');
    expect(r.diagnostics[1]!.message).toBe('expected a date YYYY-MM-DD, found "2027-02-30".');
  });

  it('reports missing or empty reason/owner/until and a suppression without rule, asset or finding', () => {
    const r = loadConfig(fixture('missing-fields.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(where)).toEqual([
      '3:5 suppressions[0].reason Schema',
      '6:5 suppressions[1].until Schema',
      '7:13 suppressions[1].reason Schema',
      '8:5 suppressions[1].owner Schema',
      '9:5 suppressions[2] Schema',
    ]);
    const [reason, until, emptyReason, emptyOwner, selector] = r.diagnostics.map((d) => d.message);
    expect(reason).toBe('the required key "reason" is missing: expected a non-empty reason saying why the risk is accepted.');
    expect(until).toBe('the required key "until" is missing: expected a date YYYY-MM-DD.');
    expect(emptyReason).toContain('found "".');
    expect(emptyOwner).toContain('found an empty value.');
    expect(selector).toContain('at least one of rule, asset or finding');
  });

  it('reports unknown keys at the top level and nested, suggesting the likely key and listing the allowed ones', () => {
    const r = loadConfig(fixture('unknown-keys.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(where)).toEqual(['2:1 supressions UnknownKey', '6:5 targets.aws.regoins UnknownKey', '9:3 output.fail_on UnknownKey']);
    expect(r.diagnostics[0]!.message).toBe(
      'unknown key "supressions" (did you mean "suppressions"?); allowed keys: version, targets, rules, suppressions, classification, output.',
    );
    expect(r.diagnostics[1]!.message).toContain('(did you mean "regions"?)');
    expect(r.diagnostics[2]!.message).toBe('unknown key "fail_on" (did you mean "failOn"?); allowed keys: format, failOn, db.');
  });

  it('reports an unknown key inside a suppression', () => {
    const r = loadText('version: 1\nsuppressions:\n  - rule: a.b\n    reason: r\n    owner: o\n    until: 2027-01-01\n    expires: 2027-01-01\n');
    expect(r.diagnostics.map(where)).toEqual(['7:5 suppressions[0].expires UnknownKey']);
    expect(r.diagnostics[0]!.message).toContain('allowed keys: id, rule, asset, finding, accounts, regions, tags, reason, owner, until.');
  });

  it('reports an unknown framework, naming the known ones', () => {
    const r = loadConfig(fixture('unknown-framework.yaml'));
    expect(r.diagnostics.map(where)).toEqual(['5:7 rules.frameworks[1] UnknownFramework']);
    expect(r.diagnostics[0]!.message).toMatch(/^expected a known framework id \(one of: .*cis-aws-foundations-v5\.0\.0.*\), found "cis-aws-foundations-v9"\.$/);
  });

  it('reports account ids that are not 12 digits', () => {
    const r = loadConfig(fixture('bad-account.yaml'));
    expect(r.diagnostics.map(where)).toEqual([
      '4:32 targets.aws.accounts[1] Schema',
      '4:41 targets.aws.accounts[2] Schema',
      '5:23 targets.aws.excludeAccounts[0] Schema',
    ]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'expected a 12-digit AWS account id, found "12345".',
      'expected a 12-digit AWS account id, found "1234567890123".',
      'expected a 12-digit AWS account id, found "abcdefghijkl".',
    ]);
  });

  it('reports every error of a file together, in file order', () => {
    const r = loadConfig(fixture('many-errors.yaml'));
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(where)).toEqual([
      '1:10 version Schema',
      '4:21 targets.azure.subscriptions[0] Schema',
      '6:13 rules.severity Schema',
      '7:16 rules.frameworks[0] UnknownFramework',
      '12:12 suppressions[0].until Schema',
      '14:11 output.format Schema',
      '15:3 output.colour UnknownKey',
    ]);
    expect(r.diagnostics[0]!.message).toBe('expected 1 (the only parapet.yaml format version), found 2.');
    expect(r.diagnostics[5]!.message).toBe('expected a report format (table, json, csv, ocsf, sarif, junit, html), found "pdf".');
    expect(formatDiagnostic(r.diagnostics[4]!)).toBe(
      `${shown('many-errors.yaml')}:12:12: error [Schema] suppressions[0].until: expected a date YYYY-MM-DD, found "31/12/2027".`,
    );
  });

  it('reports an empty file and a missing version', () => {
    expect(loadText('').diagnostics.map((d) => `${where(d)} ${d.message}`)).toEqual([
      '1:1 - Schema expected a mapping with version and the sections targets, rules, suppressions, classification, output, found an empty file.',
    ]);
    const r = loadText('# nothing yet\noutput:\n  format: json\n');
    expect(r.diagnostics.map(where)).toEqual(['2:1 version Schema']);
    expect(r.diagnostics[0]!.message).toContain('the required key "version" is missing');
  });

  it('reports a suppression id used twice, and two suppressions selecting the same findings', () => {
    const item = (head: string, reason: string) => `  - ${head}\n    rule: a.b\n    reason: ${reason}\n    owner: o\n    until: 2027-01-01\n`;
    const r = loadText(`version: 1\nsuppressions:\n${item('id: x', 'one')}${item('id: x', 'two')}${item('asset: y', 'three')}${item('asset: y', 'four')}`);
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(where)).toEqual(['8:9 suppressions[1].id Schema', '18:5 suppressions[3] Schema']);
    // a file outside the working directory is named as given
    expect(r.diagnostics[0]!.message).toContain(`"x" is already used at ${join(dir, 'parapet.yaml')}:3;`);
    expect(r.diagnostics[1]!.message).toContain('selects the same findings');
  });

  it('formats key paths like suppressions[2].until', () => {
    expect(formatKeyPath(['suppressions', 2, 'until'])).toBe('suppressions[2].until');
    expect(formatKeyPath(['rules', 'frameworks', 0])).toBe('rules.frameworks[0]');
    expect(formatKeyPath([])).toBe('');
  });

  it('checks dates are real calendar days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-1-01')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });
});

describe('starterConfig', () => {
  it('loads without any diagnostic and changes nothing', () => {
    const r = loadText(starterConfig());
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toEqual({ version: 1, targets: {}, rules: { custom: [] }, suppressions: [], classification: {}, output: { format: 'table' } });
  });

  it('has every section and a dated example suppression, commented out', () => {
    const text = starterConfig();
    for (const section of ['version', 'targets', 'rules', 'suppressions', 'classification', 'output']) expect(text).toMatch(new RegExp(`^${section}:`, 'm'));
    expect(text).toMatch(/^ {2}# {3}until: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toMatch(/^ {2}# {3}owner: /m);
  });

  it('its commented examples are themselves valid when uncommented', () => {
    const uncommented = starterConfig()
      .split('\n')
      .map((l) => l.replace(/^(\s*)# (\s*[a-zA-Z-]+:|\s*- )/, '$1$2'))
      .join('\n');
    const r = loadText(uncommented);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(r.config?.suppressions).toHaveLength(1);
    expect(r.config?.targets.aws?.regions).toEqual(['us-east-1', 'eu-west-1']);
  });
});
