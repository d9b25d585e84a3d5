import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Unknown, type IacResource, type SourceResult } from '../model.js';
import { findTerraformRoots, loadTerraformRoot } from './load.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures', 'hcl');
const cwd = process.cwd();
/** Fixture directories as a user would give them: relative to the working directory. */
const fx = (name: string) => relative(cwd, join(fixtures, name));

function byAddress(r: SourceResult): Map<string, IacResource> {
  return new Map(r.resources.map((x) => [x.address, x]));
}
function get(r: SourceResult, address: string): IacResource {
  const x = byAddress(r).get(address);
  if (!x) throw new Error(`no ${address} in ${r.resources.map((y) => y.address).join(', ')}`);
  return x;
}
function tmpRoot(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadTerraformRoot: full fixture', () => {
  let r: SourceResult;
  const root = fx('full');
  const f = (p: string) => join(root, p);
  beforeAll(() => {
    r = loadTerraformRoot(root);
  });

  it('emits every instance with Terraform addresses, in declaration order, modules after their parent', () => {
    expect(r.resources.map((x) => x.address)).toEqual([
      'aws_s3_bucket.site',
      'aws_s3_bucket.per["data"]',
      'aws_s3_bucket.per["logs"]',
      'aws_s3_bucket_versioning.site',
      'aws_instance.web[0]',
      'aws_instance.web[1]',
      'aws_security_group.sg',
      'data.aws_iam_policy_document.read',
      'data.aws_iam_policy_document.public',
      'aws_s3_bucket_policy.site',
      'aws_iam_policy.read',
      'data.aws_caller_identity.me',
      'data.aws_partition.p',
      'aws_sns_topic.t',
      'aws_ssm_parameter.vpc',
      'module.net["a"].aws_vpc.this',
      'module.net["a"].aws_subnet.s[0]',
      'module.net["a"].aws_subnet.s[1]',
      'module.net["a"].aws_security_group.web[0]',
      'module.net["a"].module.sub.aws_flow_log.f',
      'module.net["b"].aws_vpc.this',
      'module.net["b"].aws_subnet.s[0]',
      'module.net["b"].aws_subnet.s[1]',
      'module.net["b"].aws_security_group.web[0]',
      'module.net["b"].module.sub.aws_flow_log.f',
    ]);
    const sg = get(r, 'module.net["a"].aws_security_group.web[0]');
    expect(sg).toMatchObject({ type: 'aws_security_group', mode: 'managed', module: 'module.net["a"]', name: 'web', root, file: f('modules/net/main.tf'), line: 15 });
    expect(get(r, 'module.net["b"].module.sub.aws_flow_log.f')).toMatchObject({ module: 'module.net["b"].module.sub', file: f('modules/net/sub/main.tf'), line: 3 });
    expect(get(r, 'data.aws_partition.p')).toMatchObject({ mode: 'data', type: 'aws_partition', name: 'p', line: 123 });
  });

  it('evaluates variables (tfvars, then *.auto.tfvars in order), locals, nested blocks and lines', () => {
    const site = get(r, 'aws_s3_bucket.site');
    // env: terraform.tfvars "dev" overridden by a.auto.tfvars "auto"; instance_count: a.auto 5 then b.auto 2
    expect(site.values).toEqual({ bucket: 'auto-app-site', tags: { team: 'core', env: 'auto' }, versioning: [{ enabled: true }] });
    expect(site.lines).toEqual({ bucket: 26, tags: 27, versioning: 29 });
    expect(site.file).toBe(f('main.tf'));
    expect(site.line).toBe(25);
    expect(r.resources.filter((x) => x.type === 'aws_instance')).toHaveLength(2);
    expect(get(r, 'aws_instance.web[0]').values).toMatchObject({ ami: 'ami-tfvars', instance_type: 't3.large' });
    expect(get(r, 'aws_instance.web[1]').values.instance_type).toBe('t3.micro');
    expect(get(r, 'aws_instance.web[0]').values).not.toHaveProperty('depends_on');
    expect(get(r, 'aws_s3_bucket.per["logs"]').values).toEqual({ bucket: 'auto-app-logs' });
  });

  it('reads attributes written in the configuration and makes computed ones Unknown with absolute refs', () => {
    const ver = get(r, 'aws_s3_bucket_versioning.site');
    expect(ver.values.versioning_configuration).toEqual([{ status: 'Enabled' }]);
    // A bucket's id is its name (documented), so it is known when the name is.
    expect(ver.values.bucket).toBe(get(r, 'aws_s3_bucket.site').values.bucket);
    expect(typeof ver.values.bucket).toBe('string');
    const subnet = get(r, 'aws_instance.web[1]').values.subnet_id as Unknown;
    expect(subnet.refs).toEqual(['module.net["a"].aws_subnet.s[1]']);
    const vpc = get(r, 'module.net["b"].module.sub.aws_flow_log.f').values.vpc_id as Unknown;
    expect(vpc.refs).toEqual(['module.net["b"].aws_vpc.this']);
    expect(get(r, 'module.net["a"].aws_subnet.s[1]').values.cidr_block).toBe('10.0.1.0/24');
    expect(get(r, 'aws_ssm_parameter.vpc').values.type).toBe('net-b-web');
  });

  it('expands dynamic blocks with default and custom iterators', () => {
    expect(get(r, 'aws_security_group.sg').values).toEqual({
      name: 'sg',
      ingress: [
        { from_port: 80, to_port: 80, description: 'http', cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 443, to_port: 443, description: 'https', cidr_blocks: ['0.0.0.0/0'] },
      ],
      egress: [{ from_port: 443 }],
    });
  });

  it('renders aws_iam_policy_document JSON as the AWS provider does', () => {
    const policy = get(r, 'aws_s3_bucket_policy.site').values.policy as string;
    expect(policy).toBe(
      JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'PublicRead', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::auto-app-site/*', Principal: '*' },
            {
              Effect: 'Deny',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::x/${aws:username}', 'arn:aws:s3:::x'],
              Principal: { AWS: 'arn:aws:iam::111122223333:root' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
        null,
        2,
      ),
    );
    // `aws_s3_bucket.site.arn` is derived from the bucket's known name, so this document is known too.
    const read = JSON.parse(get(r, 'aws_iam_policy.read').values.policy as string) as { Statement: Array<{ Resource: string }> };
    expect(read.Statement[0]!.Resource).toBe('arn:aws:s3:::auto-app-site');
  });

  it('data sources are Unknown with their address, except aws_partition.partition', () => {
    const t = get(r, 'aws_sns_topic.t').values;
    expect(t.name).toBe('arn:aws:x');
    expect((t.kms_master_key_id as Unknown).refs).toEqual(['data.aws_caller_identity.me']);
    expect(t.policy).toBe('{"name": "t", "actions": ["sns:Publish"]}\n');
    const unset = t.display_name as Unknown;
    expect(unset).toBeInstanceOf(Unknown);
    expect(unset.reason).toBe('variable var.unset has no value in "${…}-x"');
  });

  it('selects provider configurations (default, alias) and passes them to modules', () => {
    expect(get(r, 'aws_s3_bucket.site').providerConfig).toEqual({ region: 'us-east-1', default_tags: [{ tags: { owner: 'platform' } }] });
    expect(get(r, 'aws_s3_bucket.per["data"]').providerConfig).toEqual({ region: 'us-west-2' });
    expect(get(r, 'module.net["a"].aws_vpc.this').providerConfig.region).toBe('us-east-1');
  });

  it('reads inline suppressions above the block and on its first line', () => {
    expect(get(r, 'aws_s3_bucket.site').suppressions).toEqual([{ ruleId: 'baseline.storage.bucket-not-publicly-readable', reason: 'public website by design', file: f('main.tf'), line: 24 }]);
    expect(get(r, 'aws_security_group.sg').suppressions).toEqual([{ ruleId: 'aws.ec2.sg-open-ingress', reason: 'needed for health checks', file: f('main.tf'), line: 59 }]);
    expect(get(r, 'aws_s3_bucket.per["logs"]').suppressions).toEqual([]);
  });

  it('names remote modules, .tf.json files; remote outputs are Unknown', () => {
    expect(r.diagnostics).toEqual([
      { severity: 'warning', file: f('extra.tf.json'), line: 1, code: 'TerraformJsonNotSupported', message: expect.stringContaining('not supported') },
      { severity: 'warning', file: f('main.tf'), line: 139, code: 'ModuleNotLocal', message: expect.stringContaining('terraform-aws-modules/vpc/aws') },
    ]);
    expect(get(r, 'aws_ssm_parameter.vpc').values.value).toBeInstanceOf(Unknown);
  });

  it('applies var files and --var values after tfvars', () => {
    const dir = tmpRoot({ 'x.tfvars': 'env = "file"\ninstance_count = 3\n', 'y.tfvars.json': '{"ami": "ami-json"}' });
    const r2 = loadTerraformRoot(root, { varFiles: [join(dir, 'x.tfvars'), join(dir, 'y.tfvars.json')], vars: { instance_count: '1', common_tags: '{ a = "b" }', ami: 'ami-cli' } });
    expect(get(r2, 'aws_s3_bucket.site').values.bucket).toBe('file-app-site');
    expect(get(r2, 'aws_s3_bucket.site').values.tags).toEqual({ a: 'b', env: 'file' });
    expect(r2.resources.filter((x) => x.type === 'aws_instance').map((x) => x.address)).toEqual(['aws_instance.web[0]']);
    expect(get(r2, 'aws_instance.web[0]').values.ami).toBe('ami-cli');
    const missing = loadTerraformRoot(root, { varFiles: [join(dir, 'nope.tfvars')] });
    expect(missing.diagnostics.find((d) => d.code === 'VarFileNotFound')).toMatchObject({ file: join(dir, 'nope.tfvars') });
  });
});

describe('loadTerraformRoot: module problems', () => {
  it('reports a module cycle with the chain and stops recursing', () => {
    const root = fx('cycle');
    const r = loadTerraformRoot(root);
    expect(r.resources.map((x) => x.address)).toEqual(['aws_s3_bucket.root', 'module.a.aws_s3_bucket.a', 'module.a.module.b.aws_s3_bucket.b']);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ severity: 'error', code: 'ModuleCycle', file: join(root, 'b/main.tf'), line: 5 });
    expect(d.message).toContain(`${join(root, 'main.tf')}:1 module.a → ${join(root, 'a/main.tf')}:5 module.a.module.b → ${join(root, 'b/main.tf')}:5 module.a.module.b.module.again`);
  });

  it('reports a missing local module and makes its outputs Unknown', () => {
    const root = fx('missing');
    const r = loadTerraformRoot(root);
    expect(r.diagnostics).toEqual([{ severity: 'error', file: join(root, 'main.tf'), line: 1, code: 'ModuleNotFound', message: expect.stringContaining('does not exist') }]);
    expect(get(r, 'aws_s3_bucket.b').values.bucket).toBeInstanceOf(Unknown);
  });

  it('caps module recursion depth for a self-including module under another name', () => {
    const dir = tmpRoot({ 'main.tf': 'module "m" {\n  source = "./m"\n}\n', 'm/main.tf': 'module "self" {\n  source = "./"\n}\nresource "aws_vpc" "v" {}\n' });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ModuleCycle']);
    expect(r.resources.map((x) => x.address)).toEqual(['module.m.aws_vpc.v']);
  });
});

describe('loadTerraformRoot: diagnostics and unknowns', () => {
  const root = fx('errors');
  let r: SourceResult;
  beforeAll(() => {
    r = loadTerraformRoot(root);
  });

  it('reports syntax, type, cycle, unknown function, unknown instances, undeclared references and suppressions without reason', () => {
    const diags = r.diagnostics.map((d) => `${d.severity} ${d.code} ${relative(root, d.file)}:${d.line}${d.column ? `:${d.column}` : ''}`);
    expect(diags.sort()).toEqual(
      [
        'error HclSyntax broken.tf:2:12',
        'warning SuppressionWithoutReason main.tf:42',
        'error EvaluationError main.tf:6:9',
        'warning UnknownFunction main.tf:15:12',
        'error EvaluationCycle main.tf:4:3',
        'warning UnknownInstances main.tf:22',
        'warning UnknownInstances main.tf:28',
        'error EvaluationError main.tf:39:12',
      ].sort(),
    );
  });

  it('keeps evaluating: errors make only the affected values Unknown', () => {
    const typed = get(r, 'aws_s3_bucket.typed');
    expect(typed.values.bucket).toBeInstanceOf(Unknown);
    expect(typed.values.acl).toBe('private');
    expect(get(r, 'aws_s3_bucket.cyc').values.bucket).toBeInstanceOf(Unknown);
    expect(get(r, 'aws_s3_bucket.noreason').suppressions).toEqual([]);
    expect(byAddress(r).has('aws_s3_bucket.broken')).toBe(false);
  });

  it('an unknown count gives one unkeyed instance with count.index Unknown; count = 0 gives none', () => {
    const maybe = get(r, 'aws_instance.maybe');
    expect(maybe.values.instance_type).toBe('t3.micro');
    expect(maybe.values.ami).toBeInstanceOf(Unknown);
    const dep = get(r, 'aws_subnet.dep');
    expect((dep.values.cidr_block as Unknown).refs).toEqual(['aws_instance.maybe']);
    expect(r.resources.some((x) => x.address.startsWith('aws_s3_bucket.none'))).toBe(false);
    expect(r.diagnostics.find((d) => d.code === 'UnknownInstances' && d.line === 22)?.message).toContain('var.n has no value');
  });

  it('refuses files over MAX_FILE_BYTES', () => {
    const dir = tmpRoot({ 'main.tf': 'resource "aws_vpc" "v" {}\n', 'big.tf': '' });
    truncateSync(join(dir, 'big.tf'), 21 * 1024 * 1024);
    const r2 = loadTerraformRoot(dir);
    expect(r2.diagnostics).toEqual([{ severity: 'error', file: join(dir, 'big.tf'), line: 1, code: 'FileTooLarge', message: expect.any(String) }]);
    expect(r2.resources.map((x) => x.address)).toEqual(['aws_vpc.v']);
  });

  it('reports a directory without .tf files', () => {
    const dir = tmpRoot({ 'readme.md': 'x' });
    expect(loadTerraformRoot(dir).diagnostics.map((d) => d.code)).toEqual(['NoTerraformFiles']);
    expect(loadTerraformRoot(join(dir, 'nope')).diagnostics.map((d) => d.code)).toEqual(['NoTerraformFiles']);
  });
});

describe('loadTerraformRoot: references and instances', () => {
  it('module count, key quoting, splat refs, whole-resource reads, provider passing', () => {
    const dir = tmpRoot({
      'main.tf': `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
module "m" {
  count     = 2
  source    = "./m"
  n         = count.index
  providers = { aws = aws.use1 }
}
resource "aws_s3_bucket" "q" {
  for_each = toset(["a\\"b"])
  bucket   = each.value
}
resource "aws_instance" "i" {
  count = 2
  ami   = "ami-\${count.index}"
}
resource "aws_lb" "lb" {
  subnets = aws_instance.i[*].id
  name    = aws_instance.i[1].ami
  tags    = { whole = jsonencode(aws_instance.i[0]) }
  ips     = [for x in aws_instance.i : x.ami]
  out     = module.m[1].name
  block_read = aws_s3_bucket.v.versioning[0].mfa_delete
}
resource "aws_s3_bucket" "v" {
  versioning {
    enabled = true
  }
}
`,
      'm/main.tf': `
variable "n" {}
resource "aws_vpc" "v" {
  cidr_block = "10.\${var.n}.0.0/16"
}
output "name" {
  value = "vpc-\${var.n}"
}
`,
    });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.map((x) => x.address)).toEqual([
      'aws_s3_bucket.q["a\\"b"]',
      'aws_instance.i[0]',
      'aws_instance.i[1]',
      'aws_lb.lb',
      'aws_s3_bucket.v',
      'module.m[0].aws_vpc.v',
      'module.m[1].aws_vpc.v',
    ]);
    expect(get(r, 'module.m[1].aws_vpc.v').values.cidr_block).toBe('10.1.0.0/16');
    expect(get(r, 'module.m[1].aws_vpc.v').providerConfig).toEqual({ region: 'us-east-1' });
    expect(get(r, 'aws_instance.i[0]').providerConfig).toEqual({ region: 'eu-west-1' });
    const lb = get(r, 'aws_lb.lb').values;
    expect((lb.subnets as Unknown[]).map((u) => u.refs)).toEqual([['aws_instance.i[0]'], ['aws_instance.i[1]']]);
    expect(lb.name).toBe('ami-1');
    expect((lb.tags as Record<string, Unknown>).whole!.refs).toEqual(['aws_instance.i[0]']);
    expect(lb.ips).toEqual(['ami-0', 'ami-1']);
    expect(lb.out).toBe('vpc-1');
    const mfa = lb.block_read as Unknown;
    expect(mfa.refs).toEqual(['aws_s3_bucket.v']);
    expect(mfa.reason).toBe('computed attribute aws_s3_bucket.v.versioning[0].mfa_delete');
  });

  it('dynamic block with unknown for_each makes that attribute Unknown; resource cycle is reported', () => {
    const dir = tmpRoot({
      'main.tf': `
resource "aws_security_group" "sg" {
  name = "x"
  dynamic "ingress" {
    for_each = aws_vpc.v.cidrs
    content {
      cidr_blocks = [ingress.value]
    }
  }
}
resource "aws_vpc" "v" {
  a = aws_vpc.w.b
}
resource "aws_vpc" "w" {
  b = aws_vpc.v.a
}
`,
    });
    const r = loadTerraformRoot(dir);
    const sg = get(r, 'aws_security_group.sg').values;
    expect(sg.name).toBe('x');
    expect((sg.ingress as Unknown).refs).toEqual(['aws_vpc.v']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['EvaluationCycle']);
    expect(get(r, 'aws_vpc.w').values.b).toBeInstanceOf(Unknown);
  });

  it('policy documents merge source and override documents, keep single-element arrays from JSON, handle NotPrincipal', () => {
    const dir = tmpRoot({
      'main.tf': `
data "aws_iam_policy_document" "src" {
  statement {
    sid     = "A"
    actions = ["s3:B", "s3:A"]
    resources = ["*"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]
    }
  }
}
data "aws_iam_policy_document" "p" {
  source_policy_documents   = [data.aws_iam_policy_document.src.json]
  override_policy_documents = [jsonencode({ Statement = [{ Sid = "A", Effect = "Deny", Action = ["s3:*"], Resource = "*" }] })]
  statement {
    sid = "B"
    not_actions = ["iam:*"]
    resources   = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-2", "o-1"]
    }
  }
}
resource "aws_iam_policy" "x" {
  policy = data.aws_iam_policy_document.p.minified_json
  src    = data.aws_iam_policy_document.src.json
}
`,
    });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics).toEqual([]);
    const v = get(r, 'aws_iam_policy.x').values;
    expect(JSON.parse(v.src as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'A', Effect: 'Allow', Action: ['s3:B', 's3:A'], Resource: '*', NotPrincipal: { AWS: ['arn:aws:iam::2:root', 'arn:aws:iam::1:root'] } }],
    });
    expect(v.policy).toBe(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'A', Effect: 'Deny', Action: ['s3:*'], Resource: '*' },
          { Sid: 'B', Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-2', 'o-1'] } } },
        ],
      }),
    );
  });
});

describe('loadTerraformRoot: installed and self-referencing modules', () => {
  it('uses modules that terraform init installed (.terraform/modules/modules.json) instead of warning', () => {
    const dir = tmpRoot({
      'main.tf': 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n  name    = "main"\n}\nresource "aws_ssm_parameter" "p" {\n  name  = "x"\n  value = module.vpc.name_out\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Version: '5.0.0', Dir: '.terraform/modules/vpc' }] }),
      '.terraform/modules/vpc/main.tf': 'variable "name" {}\nresource "aws_vpc" "this" {\n  tags = { Name = var.name }\n}\noutput "name_out" {\n  value = "vpc-${var.name}"\n}\n',
    });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics).toEqual([]);
    expect(get(r, 'module.vpc.aws_vpc.this')).toMatchObject({ file: join(dir, '.terraform/modules/vpc/main.tf'), line: 2, values: { tags: { Name: 'main' } } });
    expect(get(r, 'aws_ssm_parameter.p').values.value).toBe('vpc-main');
  });

  it('stops at the module depth cap with a diagnostic', () => {
    const files: Record<string, string> = { 'main.tf': 'module "m" {\n  source = "./m0"\n}\n' };
    for (let i = 0; i < 40; i++) files[`m${i}/main.tf`] = `module "m" {\n  source = "../m${i + 1}"\n}\nresource "aws_vpc" "v" {}\n`;
    files['m40/main.tf'] = 'resource "aws_vpc" "v" {}\n';
    const dir = tmpRoot(files);
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics.map((d) => `${d.code} ${relative(dir, d.file)}:${d.line}`)).toEqual(['ModuleDepthExceeded m31/main.tf:1']);
    expect(r.resources).toHaveLength(32);
    expect(r.resources[31]!.address).toBe(`${Array(32).fill('module.m').join('.')}.aws_vpc.v`);
  });

  it('reports count that depends on the resource itself instead of recursing', () => {
    const dir = tmpRoot({ 'main.tf': 'resource "aws_instance" "a" {\n  count = length(aws_instance.a)\n  ami   = "x"\n}\n' });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics.map((d) => `${d.code}:${d.line}`)).toEqual(['EvaluationCycle:2', 'UnknownInstances:1']);
    expect(r.resources.map((x) => x.address)).toEqual(['aws_instance.a']);
  });

  it('a module whose count refers to its own outputs is unknown, not an infinite loop', () => {
    const dir = tmpRoot({
      'main.tf': 'module "m" {\n  source = "./m"\n  count  = module.m[0].n\n}\n',
      'm/main.tf': 'output "n" {\n  value = 1\n}\nresource "aws_vpc" "v" {}\n',
    });
    const r = loadTerraformRoot(dir);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['UnknownInstances']);
    expect(r.resources.map((x) => x.address)).toEqual(['module.m.aws_vpc.v']);
  });
});

describe('loadTerraformRoot: variable types', () => {
  it('applies type constraints: optional() defaults, sets, primitive conversion, nullable = false; mismatches are diagnostics', () => {
    const dir = tmpRoot({
      'main.tf': `
module "b" {
  source   = "./b"
  settings = { name = "x", extra = "dropped" }
  ids      = ["b", "a", "b"]
  size     = "3"
  mode     = null
  bad      = "not-a-number"
}
`,
      'b/main.tf': `
variable "settings" {
  type = object({
    name       = string
    versioning = optional(bool, true)
    kms        = optional(string)
  })
}
variable "ids" {
  type = set(string)
}
variable "size" {
  type = number
}
variable "mode" {
  type     = string
  default  = "private"
  nullable = false
}
variable "bad" {
  type = number
}
resource "aws_s3_bucket" "b" {
  bucket     = var.settings.name
  versioning_enabled = var.settings.versioning
  kms        = var.settings.kms
  ids        = var.ids
  size       = var.size + 1
  acl        = var.mode
  whole      = var.settings
  bad        = var.bad
}
`,
    });
    const r = loadTerraformRoot(dir);
    const b = get(r, 'module.b.aws_s3_bucket.b').values;
    expect(b).toMatchObject({ bucket: 'x', versioning_enabled: true, kms: null, ids: ['a', 'b'], size: 4, acl: 'private', whole: { name: 'x', versioning: true, kms: null } });
    expect(b.bad).toBeInstanceOf(Unknown);
    expect(r.diagnostics).toEqual([{ severity: 'error', file: join(dir, 'b/main.tf'), line: 20, column: 1, code: 'EvaluationError', message: expect.stringContaining('"bad"') }]);
  });
});

describe('loadTerraformRoot: override files and provider names', () => {
  it('merges override.tf into the original block; google-beta provider references resolve', () => {
    const dir = tmpRoot({
      'main.tf': `
resource "aws_s3_bucket" "b" {
  bucket = "orig"
  acl    = "private"
  versioning {
    enabled = false
  }
}
provider "google-beta" {
  project = "p1"
}
resource "google_storage_bucket" "g" {
  provider = google-beta
  name     = "g"
}
`,
      'main_override.tf': `
resource "aws_s3_bucket" "b" {
  acl = "public-read"
  versioning {
    enabled = true
  }
}
resource "aws_s3_bucket" "ghost" {
  acl = "x"
}
`,
    });
    const r = loadTerraformRoot(dir);
    expect(get(r, 'aws_s3_bucket.b').values).toEqual({ bucket: 'orig', acl: 'public-read', versioning: [{ enabled: true }] });
    expect(get(r, 'aws_s3_bucket.b').file).toBe(join(dir, 'main.tf'));
    expect(byAddress(r).has('aws_s3_bucket.ghost')).toBe(false);
    expect(r.diagnostics.map((d) => `${d.code} ${relative(dir, d.file)}:${d.line}`)).toEqual(['OverrideWithoutOriginal main_override.tf:8']);
    expect(get(r, 'google_storage_bucket.g').providerConfig).toEqual({ project: 'p1' });
  });
});

describe('findTerraformRoots', () => {
  it('lists directories with .tf files that no other directory uses as a local module', () => {
    const root = fx('roots');
    expect(findTerraformRoots(root)).toEqual([join(root, 'envs/dev'), join(root, 'envs/prod'), join(root, 'standalone')]);
    expect(findTerraformRoots(join(root, 'standalone'))).toEqual([join(root, 'standalone')]);
    expect(findTerraformRoots(fx('cycle'))).toEqual([fx('cycle')]);
    expect(findTerraformRoots(join(root, 'nope'))).toEqual([]);
  });
});

describe('performance', () => {
  it('evaluates 1,000 resources in 100 files across modules well under a second', () => {
    const files: Record<string, string> = {};
    // 10 modules × 10 files × (5 buckets + 5 versioning resources referring to them) = 1,000 resources in 100 files
    const file = (i: number) =>
      Array.from(
        { length: 5 },
        (_, j) =>
          `resource "aws_s3_bucket" "b${i}_${j}" {\n  bucket = "\${var.prefix}-${i}-${j}"\n  tags   = merge(local.tags, { n = "${j}" })\n  versioning {\n    enabled = ${j % 2 === 0}\n  }\n}\n` +
          `resource "aws_s3_bucket_versioning" "v${i}_${j}" {\n  bucket = aws_s3_bucket.b${i}_${j}.bucket\n  versioning_configuration {\n    status = aws_s3_bucket.b${i}_${j}.versioning[0].enabled ? "Enabled" : "Suspended"\n  }\n}\n`,
      ).join('');
    let main = '';
    for (let m = 0; m < 10; m++) {
      main += `module "m${m}" {\n  source = "./modules/m${m}"\n  prefix = "p${m}"\n}\n`;
      for (let i = 0; i < 10; i++) files[`modules/m${m}/f${i}.tf`] = file(i) + (i === 0 ? 'variable "prefix" {}\nlocals {\n  tags = { team = "x" }\n}\n' : '');
    }
    files['main.tf'] = main;
    const dir = tmpRoot(files);
    loadTerraformRoot(dir); // warm up the JIT
    // the best of three runs, so a busy machine does not fail the test
    let ms = Infinity;
    let r: SourceResult = { resources: [], diagnostics: [] };
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      r = loadTerraformRoot(dir);
      ms = Math.min(ms, performance.now() - t0);
    }
    console.log(`terraform evaluator: 1,000 resources in 100 files: ${ms.toFixed(0)} ms (parse + evaluate)`);
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.length).toBe(1000);
    expect(get(r, 'module.m3.aws_s3_bucket_versioning.v2_4').values).toEqual({ bucket: 'p3-2-4', versioning_configuration: [{ status: 'Enabled' }] });
    expect(get(r, 'module.m3.aws_s3_bucket.b2_4').values).toEqual({ bucket: 'p3-2-4', tags: { team: 'x', n: '4' }, versioning: [{ enabled: true }] });
    expect(ms).toBeLessThan(1000);
  });
});
