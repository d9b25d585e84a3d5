import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../compliance/registry.js';
import type { RuleContext } from '../core/rule.js';
import { FIXTURE_OBSERVED_AT, MAX_RULE_FILE_BYTES, loadCustomRules } from './custom-rules.js';
import { formatDiagnostic } from './types.js';
import type { PolicyDiagnostic } from './types.js';

const DIR = 'test/fixtures/policy/rules';
const VALID = `${DIR}/valid`;
const INVALID = `${DIR}/invalid`;
const ctx = { builtinIds: new Set(['aws.s3.bucket-public-access-blocked']), frameworks: builtinFrameworks() };
const noLookups: RuleContext = {
  find: () => {
    throw new Error('no lookups');
  },
};

/** `file:line:col code key` of each diagnostic, for compact exact assertions. */
const where = (ds: PolicyDiagnostic[]): string[] => ds.map((d) => `${d.file}:${d.line}:${d.column ?? '-'} ${d.code} ${d.key ?? '-'}`);

describe('loadCustomRules: valid files', () => {
  const { rules, diagnostics } = loadCustomRules([VALID], ctx);

  it('loads every rule of a folder recursively, sorted, skipping dot-folders, node_modules and other files', () => {
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => `${r.id}@${r.source.file}:${r.source.line}`)).toEqual([
      `acme.storage.no-public-read@${VALID}/multi.yaml:1`,
      `acme.compute.env-tag@${VALID}/multi.yaml:27`,
      `acme.db.encrypted@${VALID}/nested/list.yml:2`,
      `acme.db.named@${VALID}/nested/list.yml:14`,
      `acme.storage.owner-tag@${VALID}/owner-tag.yaml:2`,
    ]);
  });

  it('builds a full Rule from the issue example: defaults, compliance refs, remediation', () => {
    const r = rules.find((x) => x.id === 'acme.storage.owner-tag')!;
    expect({ ...r, evaluate: undefined, tests: undefined }).toEqual({
      id: 'acme.storage.owner-tag',
      title: 'Storage buckets carry an owner tag',
      severity: 'medium',
      providers: ['aws', 'azure', 'gcp'],
      kinds: ['storage.bucket'],
      types: ['AWS::S3::Bucket'],
      rationale: 'Storage buckets carry an owner tag',
      remediation: { steps: ['Add an `owner` tag naming the team that runs the bucket.'] },
      references: ['https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html'],
      compliance: [{ framework: 'iso-27001-2022', control: 'A.5.9' }],
      version: 1,
      source: { file: `${VALID}/owner-tag.yaml`, line: 2 },
      assert: 'has(asset.tags.owner) && asset.tags.owner != ""',
      evaluate: undefined,
      tests: undefined,
    });
  });

  it('completes test fixtures with defaults and keeps where each case is written', () => {
    const r = rules.find((x) => x.id === 'acme.storage.owner-tag')!;
    expect(r.tests.map((t) => `${t.name}:${t.line}:${t.expect}`)).toEqual([
      'tagged bucket passes:14:pass',
      'empty owner fails:18:fail',
      'untagged bucket fails:22:fail',
    ]);
    expect(r.tests[0]!.asset).toEqual({
      id: 'test:acme.storage.owner-tag:0',
      provider: 'aws',
      account: '000000000000',
      region: 'global',
      type: 'AWS::S3::Bucket',
      kind: 'storage.bucket',
      name: 'test-0',
      tags: { owner: 'team-a' },
      facets: {},
      config: {},
      gaps: {},
      source: { type: 'api' },
      observedAt: FIXTURE_OBSERVED_AT,
    });
    expect(r.tests[2]!.asset.name).toBe('test-2');
    expect(r.tests[0]!.file).toBe(`${VALID}/owner-tag.yaml`);
  });

  it('evaluates buckets with the owner tag present, empty and absent', () => {
    const r = rules.find((x) => x.id === 'acme.storage.owner-tag')!;
    const [tagged, empty, absent] = r.tests.map((t) => r.evaluate(t.asset, noLookups));
    expect(tagged!.status).toBe('pass');
    expect(empty!.status).toBe('fail');
    expect(absent!.status).toBe('fail');
    expect(absent!.evidence).toEqual([{ path: 'tags.owner', observed: null, expected: `assert: ${r.assert}` }]);
  });

  it('reads multi-document files: remediation steps and cli, when, providers, version', () => {
    const pr = rules.find((x) => x.id === 'acme.storage.no-public-read')!;
    expect(pr.remediation).toEqual({
      steps: ['Turn on Block Public Access.', 'Remove public grants from the bucket policy.'],
      cli: 'aws s3api put-public-access-block --bucket NAME --public-access-block-configuration BlockPublicAcls=true',
    });
    expect(pr.when).toBe('asset.provider == "aws"');
    expect(pr.types).toBeUndefined();
    const gapCase = pr.tests[1]!;
    expect(gapCase.asset.gaps).toEqual({
      'facets.publicRead': {
        provider: 'aws', account: '000000000000', region: 'global', service: 'test', operation: 'fixture',
        code: 'AccessDenied', message: 'fixture gap AccessDenied',
      },
    });
    expect(pr.evaluate(gapCase.asset, noLookups).status).toBe('unknown');
    expect(pr.tests[2]!.asset.provider).toBe('azure');
    const env = rules.find((x) => x.id === 'acme.compute.env-tag')!;
    expect(env.providers).toEqual(['aws']);
    expect(env.version).toBe(2);
    expect(env.kinds).toBeUndefined();
    expect(env.tests).toEqual([]);
  });

  it('reads `rules:` lists with a rationale', () => {
    const db = rules.find((x) => x.id === 'acme.db.encrypted')!;
    expect(db.rationale).toBe('Unencrypted storage exposes data on lost media.');
    expect(db.severity).toBe('critical');
    expect(db.tests[0]!.asset.config).toEqual({ dbInstance: { StorageEncrypted: true } });
    expect(db.evaluate(db.tests[0]!.asset, noLookups).status).toBe('pass');
  });

  it('loads a file given directly, and a file given twice only once', () => {
    const f = `${VALID}/owner-tag.yaml`;
    const r = loadCustomRules([f, VALID], ctx);
    expect(r.diagnostics).toEqual([]);
    expect(r.rules.filter((x) => x.id === 'acme.storage.owner-tag')).toHaveLength(1);
    expect(r.rules[0]!.id).toBe('acme.storage.owner-tag');
  });
});

describe('loadCustomRules: invalid rules are left out, the others load', () => {
  it('an unknown key (typo) between two valid rules of a multi-document file', () => {
    const f = `${INVALID}/mixed.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules.map((x) => x.id)).toEqual(['acme.mixed.first', 'acme.mixed.third']);
    expect(where(r.diagnostics)).toEqual([`${f}:12:1 UnknownKey asert`, `${f}:8:1 Schema assert`]);
    expect(r.diagnostics[0]!.message).toBe("unknown key 'asert' (did you mean 'assert'?)");
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a bad severity in the middle of a `rules:` list, keyed rules[1].severity', () => {
    const f = `${INVALID}/list-bad-severity.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules.map((x) => x.id)).toEqual(['acme.list.ok-one', 'acme.list.ok-two']);
    expect(where(r.diagnostics)).toEqual([`${f}:10:15 Schema rules[1].severity`]);
    expect(formatDiagnostic(r.diagnostics[0]!)).toBe(
      `${f}:10:15: error [Schema] rules[1].severity: severity 'urgent' must be one of critical, high, medium, low, info`,
    );
  });

  it('CEL syntax and type errors point at the expression and keep the caret snippet', () => {
    const f = `${INVALID}/cel.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules).toEqual([]);
    expect(where(r.diagnostics)).toEqual([
      `${f}:5:9 CelSyntax assert`,
      `${f}:12:7 CelType when`,
      `${f}:20:12 CelType assert`,
      `${f}:27:9 CelType assert`,
    ]);
    const [syntax, type, unknownVar, notBool] = r.diagnostics;
    expect(syntax!.message).toContain('Unexpected token: EOF');
    expect(syntax!.message).toMatch(/\n>\s+1 \| asset\.name ==\n\s+\^/);
    expect(type!.message).toContain('no such overload: int + string');
    expect(unknownVar!.message).toContain('Unknown variable: resource');
    expect(notBool!.message).toContain('must be a bool, but its type is string');
  });

  it('schema errors: id format, missing keys, ill-typed values, unknown keys in nested mappings', () => {
    const f = `${INVALID}/schema.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules).toEqual([]);
    expect(where(r.diagnostics)).toEqual([
      `${f}:1:5 Schema id`,
      `${f}:8:1 Schema title`,
      `${f}:8:1 Schema kinds`,
      `${f}:8:1 Schema remediation`,
      `${f}:15:8 Schema kinds`,
      `${f}:16:12 Schema providers`,
      `${f}:18:22 Schema remediation.steps`,
      `${f}:18:26 UnknownKey remediation.shell`,
      `${f}:19:10 Schema version`,
      `${f}:22:13 Schema tests[0].expect`,
      `${f}:23:13 UnknownKey tests[0].asset.colour`,
    ]);
    expect(r.diagnostics[5]!.message).toBe("unknown provider 'oracle'; use aws, azure, gcp");
  });

  it('compliance refs are checked against the frameworks, suggesting the closest ids', () => {
    const f = `${INVALID}/compliance.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(where(r.diagnostics)).toEqual([
      `${f}:8:3 UnknownFramework compliance.iso-27001`,
      `${f}:17:27 UnknownControl compliance.iso-27001-2022[1]`,
    ]);
    expect(r.diagnostics[0]!.message).toBe("unknown framework 'iso-27001' (closest: iso-27001-2022)");
    expect(r.diagnostics[1]!.message).toMatch(/^framework iso-27001-2022 has no control 'A\.5\.99' \(closest: A\.5\.9\b/);
    // `1.10` is read as written, not as the number 1.1.
    expect(r.rules.map((x) => [x.id, x.compliance])).toEqual([
      ['acme.comp.cis', [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.10' }]],
    ]);
  });

  it('a built-in rule id is refused', () => {
    const f = `${INVALID}/builtin.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules).toEqual([]);
    expect(where(r.diagnostics)).toEqual([`${f}:1:5 BuiltinRuleId id`]);
    // Without the built-in in the set the same file loads.
    expect(loadCustomRules([f], { ...ctx, builtinIds: new Set() }).rules).toHaveLength(1);
  });

  it('a duplicate id across two files keeps the first and names where it is', () => {
    const a = `${INVALID}/dup-a.yaml`;
    const b = `${INVALID}/dup-b.yaml`;
    const r = loadCustomRules([a, b], ctx);
    expect(r.rules.map((x) => x.title)).toEqual(['First definition']);
    expect(where(r.diagnostics)).toEqual([`${b}:2:5 DuplicateRuleId id`]);
    expect(r.diagnostics[0]!.message).toContain(`already defined at ${a}:1`);
  });

  it('a YAML syntax error skips its document only', () => {
    const f = `${INVALID}/yaml-syntax.yaml`;
    const r = loadCustomRules([f], ctx);
    expect(r.rules.map((x) => x.id)).toEqual(['acme.yaml.after']);
    expect(r.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['YamlSyntax:3']);
  });

  it('a path that does not exist is NotFound at line 1', () => {
    const r = loadCustomRules([`${DIR}/no-such-dir`], ctx);
    expect(r.diagnostics).toEqual([
      { severity: 'error', file: `${DIR}/no-such-dir`, line: 1, code: 'NotFound', message: 'no such file or directory' },
    ]);
  });

  describe('files on disk', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'parapet-rules-'));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));

    it('a file over 5 MB is FileTooLarge and not parsed', () => {
      const f = join(tmp, 'huge.yaml');
      writeFileSync(f, `# ${'x'.repeat(MAX_RULE_FILE_BYTES)}\n`);
      const r = loadCustomRules([f], ctx);
      expect(r.rules).toEqual([]);
      expect(where(r.diagnostics)).toEqual([`${f}:1:- FileTooLarge -`]);
    });

    it('a document that is not a mapping, and keys beside `rules:`', () => {
      const f = join(tmp, 'shapes.yaml');
      writeFileSync(f, '- just\n- a list\n---\nversion: 1\nrules: []\n---\n');
      const r = loadCustomRules([f], ctx);
      expect(where(r.diagnostics)).toEqual([`${f}:1:1 Schema -`, `${f}:4:1 UnknownKey version`]);
    });

    it('test cases: a full CollectionError gap completed with defaults, tags written as numbers', () => {
      const f = join(tmp, 'tests.yaml');
      const head = ['id: acme.t.gaps', 'title: T', 'severity: low', 'kinds: [k]', 'assert: asset.tags.n == "1"', 'remediation: Fix.', 'tests:'];
      const full = ['  - name: full gap', '    expect: unknown', '    asset:', '      tags: {n: 1}', '      gaps:', '        acl: {service: s3, operation: GetBucketAcl, code: AccessDenied, message: no}'];
      writeFileSync(f, [...head, ...full, ''].join('\n'));
      const r = loadCustomRules([f], ctx);
      expect(r.diagnostics).toEqual([]);
      const asset = r.rules[0]!.tests[0]!.asset;
      expect(asset.tags).toEqual({ n: '1' });
      expect(asset.gaps.acl).toEqual({
        provider: 'aws', account: '000000000000', region: 'global', service: 's3', operation: 'GetBucketAcl', code: 'AccessDenied', message: 'no',
      });
      expect(r.rules[0]!.evaluate(asset, noLookups).status).toBe('pass');

      const bad = ['  - name: bad gap', '    expect: unknown', '    asset:', '      gaps:', '        acl: {message: no, when: now}'];
      writeFileSync(f, [...head, ...full, ...bad, ''].join('\n'));
      const b = loadCustomRules([f], ctx);
      expect(b.rules).toEqual([]);
      expect(where(b.diagnostics)).toEqual([`${f}:18:28 UnknownKey tests[1].asset.gaps.acl.when`, `${f}:18:14 Schema tests[1].asset.gaps.acl.code`]);
    });
  });
});
