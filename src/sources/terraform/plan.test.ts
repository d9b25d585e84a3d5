import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type IacResource, MAX_FILE_BYTES, Unknown, findUnknown } from '../model.js';
import { loadTerraformPlan, referenceTarget } from './plan.js';

const FIXTURES = 'src/sources/terraform/fixtures/plan';
const PLAN = `${FIXTURES}/plan.json`;

const tmp = mkdtempSync(join(tmpdir(), 'parapet-plan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function tmpFile(name: string, content: string): string {
  const f = join(tmp, name);
  writeFileSync(f, content);
  return f;
}

function byAddress(resources: IacResource[], address: string): IacResource {
  const r = resources.find((x) => x.address === address);
  if (!r) throw new Error(`no resource ${address} in ${resources.map((x) => x.address).join(', ')}`);
  return r;
}

function unknownAt(v: unknown): Unknown {
  expect(v).toBeInstanceOf(Unknown);
  return v as Unknown;
}

describe('loadTerraformPlan', () => {
  const { resources, diagnostics } = loadTerraformPlan(PLAN);

  it('walks planned_values with child modules, leaving out what the plan deletes', () => {
    expect(diagnostics).toEqual([]);
    expect(resources.map((r) => r.address)).toEqual([
      'aws_s3_bucket.logs',
      'aws_s3_bucket_versioning.logs',
      'aws_s3_bucket_server_side_encryption_configuration.logs',
      'aws_instance.west',
      'data.aws_iam_policy_document.read',
      'module.net["a"].aws_vpc.main',
      'module.net["a"].aws_security_group.web[0]',
      'module.net["b"].aws_vpc.main',
      'module.net["b"].aws_security_group.web[0]',
    ]);
    expect(resources.some((r) => r.address === 'aws_s3_bucket.legacy')).toBe(false);
  });

  it('fills the identity fields: type, mode, module, name, root, file, line of the resource object', () => {
    const sg = byAddress(resources, 'module.net["a"].aws_security_group.web[0]');
    expect(sg).toMatchObject({ type: 'aws_security_group', mode: 'managed', module: 'module.net["a"]', name: 'web', root: PLAN, file: PLAN, suppressions: [] });
    // Lines of the `{` opening each resource object inside planned_values (not resource_changes or configuration).
    expect(byAddress(resources, 'aws_s3_bucket.logs').line).toBe(21);
    expect(sg.line).toBe(201);
    const data = byAddress(resources, 'data.aws_iam_policy_document.read');
    expect(data).toMatchObject({ mode: 'data', type: 'aws_iam_policy_document', name: 'read', module: '' });
    expect(data.values.statement).toEqual([{ actions: ['s3:GetObject'], effect: 'Allow', resources: ['arn:aws:s3:::acme-logs/*'] }]);
  });

  it('gives line 1 for every resource of a single-line plan (as terraform writes it)', () => {
    const compact = loadTerraformPlan(`${FIXTURES}/plan-compact.json`);
    expect(compact.diagnostics).toEqual([]);
    expect(compact.resources).toHaveLength(resources.length);
    expect(new Set(compact.resources.map((r) => r.line))).toEqual(new Set([1]));
  });

  it('keeps planned values and turns after_unknown paths into Unknowns', () => {
    const b = byAddress(resources, 'aws_s3_bucket.logs');
    expect(b.values.bucket).toBe('acme-logs');
    expect(b.values.tags).toEqual({ env: 'prod' });
    expect(b.values.force_destroy).toBe(false);
    const arn = unknownAt(b.values.arn);
    expect(arn.reason).toBe('known after apply: aws_s3_bucket.logs.arn');
    expect(arn.refs).toEqual([]);
    // `versioning: true` in after_unknown (a computed nested block) is unknown as a whole.
    expect(b.values.versioning).toBeInstanceOf(Unknown);
  });

  it('takes the refs of an unknown from the configuration expression of that attribute, as resource addresses', () => {
    const v = byAddress(resources, 'aws_s3_bucket_versioning.logs');
    const bucket = unknownAt(v.values.bucket);
    expect(bucket.refs).toEqual(['aws_s3_bucket.logs']);
    expect(bucket.reason).toBe('known after apply: aws_s3_bucket_versioning.logs.bucket');
    // Nested blocks stay arrays of objects; an unknown inside one leaves its known siblings alone.
    const vc = v.values.versioning_configuration as Array<Record<string, unknown>>;
    expect(vc[0]!.status).toBe('Enabled');
    expect(unknownAt(vc[0]!.mfa_delete).reason).toBe('known after apply: aws_s3_bucket_versioning.logs.versioning_configuration[0].mfa_delete');

    const sse = byAddress(resources, 'aws_s3_bucket_server_side_encryption_configuration.logs');
    const rule = (sse.values.rule as Array<Record<string, unknown>>)[0]!;
    const byDefault = (rule.apply_server_side_encryption_by_default as Array<Record<string, unknown>>)[0]!;
    expect(byDefault.sse_algorithm).toBe('aws:kms');
    expect(rule.bucket_key_enabled).toBe(true);
    const kms = unknownAt(byDefault.kms_master_key_id);
    expect(kms.refs).toEqual(['module.kms']);
    expect(findUnknown(sse.values.bucket)).toBeUndefined();

    const west = byAddress(resources, 'aws_instance.west');
    expect(unknownAt(west.values.subnet_id).refs).toEqual(['data.aws_subnet.selected[0]', 'data.aws_subnet.selected']);
  });

  it('makes the refs of resources in child modules absolute with the module instance', () => {
    const a = byAddress(resources, 'module.net["a"].aws_security_group.web[0]');
    const vpc = unknownAt(a.values.vpc_id);
    expect(vpc.refs).toEqual(['module.net["a"].aws_vpc.main']);
    expect(vpc.reason).toBe('known after apply: module.net["a"].aws_security_group.web[0].vpc_id');
    const b = byAddress(resources, 'module.net["b"].aws_security_group.web[0]');
    expect(unknownAt(b.values.vpc_id).refs).toEqual(['module.net["b"].aws_vpc.main']);
    // `false` entries of after_unknown leave the planned value as it is.
    expect(a.values.ingress).toEqual([
      { cidr_blocks: ['0.0.0.0/0'], description: 'https', from_port: 443, to_port: 443, protocol: 'tcp', ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [], self: false },
    ]);
    expect(b.values.name).toBe('web-b');
  });

  it('keeps sensitive values as planned', () => {
    expect(byAddress(resources, 'aws_instance.west').values.user_data).toBe('c2VjcmV0');
  });

  it('resolves the provider configuration, aliases through provider_config_key, modules through the inherited default', () => {
    expect(byAddress(resources, 'aws_s3_bucket.logs').providerConfig).toEqual({ region: 'eu-west-1', allowed_account_ids: ['123456789012'] });
    const west = byAddress(resources, 'aws_instance.west').providerConfig;
    expect(west.region).toBe('us-west-2');
    const role = unknownAt((west.assume_role as Array<Record<string, unknown>>)[0]!.role_arn);
    expect(role.reason).toContain('var.deploy_role_arn');
    expect(byAddress(resources, 'module.net["b"].aws_vpc.main').providerConfig).toEqual({ region: 'eu-west-1', allowed_account_ids: ['123456789012'] });
  });

  it('gives an empty provider configuration when the plan has none for the resource', () => {
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'google_storage_bucket.b', mode: 'managed', type: 'google_storage_bucket', name: 'b', values: { name: 'x' } }] } },
      configuration: { provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } } },
    };
    const r = loadTerraformPlan(tmpFile('other.json', JSON.stringify(plan)));
    expect(r.diagnostics).toEqual([]);
    expect(r.resources).toHaveLength(1);
    expect(r.resources[0]).toMatchObject({ address: 'google_storage_bucket.b', providerConfig: {}, values: { name: 'x' }, line: 1 });
  });
});

describe('loadTerraformPlan: replacements', () => {
  it('keeps a resource replaced with create_before_destroy despite the deposed object being deleted', () => {
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_instance.a', mode: 'managed', type: 'aws_instance', name: 'a', values: { ami: 'ami-2' } }] } },
      resource_changes: [
        { address: 'aws_instance.a', mode: 'managed', type: 'aws_instance', name: 'a', change: { actions: ['create', 'delete'], after: { ami: 'ami-2' }, after_unknown: { id: true } } },
        { address: 'aws_instance.a', deposed: '00000001', mode: 'managed', type: 'aws_instance', name: 'a', change: { actions: ['delete'], before: { ami: 'ami-1' }, after: null, after_unknown: {} } },
      ],
    };
    const r = loadTerraformPlan(tmpFile('replace.json', JSON.stringify(plan, null, 2)));
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.map((x) => x.address)).toEqual(['aws_instance.a']);
    expect(r.resources[0]!.values.ami).toBe('ami-2');
    expect(unknownAt(r.resources[0]!.values.id).reason).toBe('known after apply: aws_instance.a.id');
    expect(r.resources[0]!.line).toBe(6);
  });
});

describe('loadTerraformPlan: bad input', () => {
  it('reports malformed JSON with line and column, and no resources', () => {
    const r = loadTerraformPlan(`${FIXTURES}/malformed.json`);
    expect(r.resources).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', file: `${FIXTURES}/malformed.json`, code: 'JsonSyntax', line: 6 });
    expect(r.diagnostics[0]!.column).toBeGreaterThan(30);
  });

  it('refuses JSON that is not a plan (a state, anything else)', () => {
    const state = loadTerraformPlan(`${FIXTURES}/state.json`);
    expect(state.resources).toEqual([]);
    expect(state.diagnostics).toEqual([
      expect.objectContaining({ code: 'NotAPlan', file: `${FIXTURES}/state.json`, line: 1, message: expect.stringContaining('a Terraform state') }),
    ]);
    const list = loadTerraformPlan(tmpFile('list.json', '[1, 2]'));
    expect(list.diagnostics.map((d) => d.code)).toEqual(['NotAPlan']);
  });

  it('refuses files over MAX_FILE_BYTES without reading them', () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const r = loadTerraformPlan(big);
    expect(r.resources).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'FileTooLarge', file: big })]);
  });

  it('reports a missing file', () => {
    const r = loadTerraformPlan(join(tmp, 'nope.json'));
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'FileUnreadable', severity: 'error' })]);
  });

  it('gives an empty result for a plan without resources', () => {
    const r = loadTerraformPlan(tmpFile('empty.json', JSON.stringify({ format_version: '1.2', planned_values: {} })));
    expect(r).toEqual({ resources: [], diagnostics: [] });
  });
});

describe('referenceTarget', () => {
  it('names the resource, data source or module a reference points at', () => {
    expect(referenceTarget('aws_s3_bucket.b.id')).toBe('aws_s3_bucket.b');
    expect(referenceTarget('aws_s3_bucket.b')).toBe('aws_s3_bucket.b');
    expect(referenceTarget('aws_instance.x[0].private_ip')).toBe('aws_instance.x[0]');
    expect(referenceTarget('aws_instance.x["k.1"].id')).toBe('aws_instance.x["k.1"]');
    expect(referenceTarget('data.aws_vpc.main.id')).toBe('data.aws_vpc.main');
    expect(referenceTarget('module.net.vpc_id')).toBe('module.net');
    expect(referenceTarget('module.net["a"].vpc_id')).toBe('module.net["a"]');
    expect(referenceTarget('var.region')).toBeUndefined();
    expect(referenceTarget('local.tags')).toBeUndefined();
    expect(referenceTarget('each.value')).toBeUndefined();
    expect(referenceTarget('count.index')).toBeUndefined();
    expect(referenceTarget('path.module')).toBeUndefined();
  });
});
