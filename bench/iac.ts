/**
 * `npm run bench -- iac`: a generated Terraform tree of 1,000 resources in 100 files across modules,
 * scanned by the real CLI (`parapet scan iac`, compiled, start-up included) three times. Target: ≤ 2 s wall.
 *
 * The tree: a root module (5 files) calling 10 local modules of 10 files (the last, of 5 files, through
 * for_each over two keys, so its resources count twice), variables with defaults and a tfvars file, locals, related blocks merged into one asset (S3
 * buckets with their public-access-block / versioning / encryption blocks, security groups with rule
 * resources), IAM roles and policies, KMS keys, RDS instances, and Azure and Google resources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { median } from './util.js';

const FILES_PER_MODULE = 10;
const TARGET_MS = 2000;

/** Ten resources per file, each file one of these mixes (every resource block is one instance). */
const MIXES: Array<(m: string, f: number) => string> = [
  (m, f) =>
    [0, 1].map((i) => `
resource "aws_s3_bucket" "b${f}_${i}" {
  bucket = "\${local.prefix}-${m}-${f}-${i}"
  tags   = merge(var.tags, { owner = "team-${i}" })
}
resource "aws_s3_bucket_public_access_block" "b${f}_${i}" {
  bucket                  = aws_s3_bucket.b${f}_${i}.id
  block_public_acls       = ${i === 0}
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_versioning" "b${f}_${i}" {
  bucket = aws_s3_bucket.b${f}_${i}.id
  versioning_configuration { status = var.versioning }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b${f}_${i}" {
  bucket = aws_s3_bucket.b${f}_${i}.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
  }
}
resource "aws_s3_bucket_logging" "b${f}_${i}" {
  bucket        = aws_s3_bucket.b${f}_${i}.id
  target_bucket = "logs-${m}"
  target_prefix = "${f}/"
}`).join('\n'),
  (m, f) =>
    [0, 1].map((i) => `
resource "aws_security_group" "sg${f}_${i}" {
  name   = "sg-${m}-${f}-${i}"
  vpc_id = var.vpc_id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group_rule" "ssh${f}_${i}" {
  type              = "ingress"
  security_group_id = aws_security_group.sg${f}_${i}.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [${i === 0 ? '"0.0.0.0/0"' : 'var.admin_cidr'}]
}
resource "aws_instance" "vm${f}_${i}" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.sg${f}_${i}.id]
  metadata_options {
    http_tokens = "${i === 0 ? 'optional' : 'required'}"
  }
  root_block_device { encrypted = ${i === 1} }
}
resource "aws_ebs_volume" "vol${f}_${i}" {
  availability_zone = "\${var.region}a"
  size              = 10
  encrypted         = ${i === 1}
}
resource "aws_kms_key" "k${f}_${i}" {
  description         = "key ${m} ${f} ${i}"
  enable_key_rotation = ${i === 1}
}`).join('\n'),
  (m, f) =>
    [0, 1].map((i) => `
resource "aws_iam_role" "r${f}_${i}" {
  name = "role-${m}-${f}-${i}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}
resource "aws_iam_policy" "p${f}_${i}" {
  name   = "policy-${m}-${f}-${i}"
  policy = data.aws_iam_policy_document.d${f}_${i}.json
}
data "aws_iam_policy_document" "d${f}_${i}" {
  statement {
    actions   = ${i === 0 ? '["*"]' : '["s3:GetObject"]'}
    resources = ["*"]
  }
}
resource "aws_iam_role_policy_attachment" "a${f}_${i}" {
  role       = aws_iam_role.r${f}_${i}.name
  policy_arn = aws_iam_policy.p${f}_${i}.arn
}
resource "aws_db_instance" "db${f}_${i}" {
  identifier          = "db-${m}-${f}-${i}"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = ${i === 1}
  publicly_accessible = ${i === 0}
}
resource "aws_cloudwatch_log_group" "lg${f}_${i}" {
  name              = "/app/${m}/${f}/${i}"
  retention_in_days = ${i === 0 ? 0 : 365}
}`).join('\n'),
  (m, f) =>
    [0, 1].map((i) => `
resource "azurerm_storage_account" "sa${f}_${i}" {
  name                     = "sa${m.replace(/[^a-z0-9]/g, '')}${f}${i}"
  resource_group_name      = azurerm_resource_group.rg${f}.name
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "${i === 0 ? 'TLS1_0' : 'TLS1_2'}"
}
resource "azurerm_storage_container" "c${f}_${i}" {
  name                  = "data"
  storage_account_name  = azurerm_storage_account.sa${f}_${i}.name
  container_access_type = "${i === 0 ? 'blob' : 'private'}"
}
resource "azurerm_network_security_group" "nsg${f}_${i}" {
  name                = "nsg-${m}-${f}-${i}"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.rg${f}.name
  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "${i === 0 ? 'Internet' : '10.0.0.0/8'}"
    destination_address_prefix = "*"
  }
}
resource "google_storage_bucket" "gb${f}_${i}" {
  name                        = "gb-${m}-${f}-${i}"
  location                    = "EU"
  uniform_bucket_level_access = true
}
resource "google_compute_firewall" "fw${f}_${i}" {
  name          = "fw-${m}-${f}-${i}"
  network       = "default"
  source_ranges = ["${i === 0 ? '0.0.0.0/0' : '10.0.0.0/8'}"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}`).join('\n') + `\nresource "azurerm_resource_group" "rg${f}" {\n  name     = "rg-${m}-${f}"\n  location = "westeurope"\n}\n`,
];

/** Resource blocks per mix (for the count check): 10 per file, except the Azure/Google mix's extra group. */
function resourcesIn(text: string): number {
  return (text.match(/^resource "/gm) ?? []).length;
}

export function generateTree(dir: string): { files: number; resources: number } {
  let files = 0;
  let resources = 0;
  const variables = `
variable "tags" {
  type    = map(string)
  default = { env = "bench" }
}
variable "versioning" {
  type    = string
  default = "Enabled"
}
variable "vpc_id" {
  type    = string
  default = "vpc-0123456789abcdef0"
}
variable "admin_cidr" {
  type    = string
  default = "10.0.0.0/8"
}
variable "region" {
  type    = string
  default = "eu-west-1"
}
variable "name" { type = string }
locals {
  prefix = "bench-\${var.name}"
}
`;
  const modules = 10;
  for (let m = 0; m < modules; m++) {
    const mdir = join(dir, 'modules', `m${m}`);
    mkdirSync(mdir, { recursive: true });
    const perModule = m === modules - 1 ? 5 : FILES_PER_MODULE; // the last module runs twice (for_each): 5 files × 2 instances
    for (let f = 0; f < perModule; f++) {
      const text = MIXES[(m + f) % MIXES.length]!(`m${m}`, f);
      const name = f === 0 ? 'main.tf' : `part${f}.tf`;
      writeFileSync(join(mdir, name), f === 0 ? `${variables}\n${text}` : text);
      files++;
      resources += resourcesIn(text) * (m === modules - 1 ? 2 : 1);
    }
  }
  const calls = Array.from({ length: modules }, (_, m) =>
    m === modules - 1
      ? `module "m${m}" {\n  for_each = toset(["blue", "green"])\n  source   = "./modules/m${m}"\n  name     = "m${m}-\${each.key}"\n  tags     = local.tags\n}\n`
      : `module "m${m}" {\n  source     = "./modules/m${m}"\n  name       = "m${m}"\n  versioning = var.versioning\n  tags       = local.tags\n}\n`,
  ).join('\n');
  const rootFiles: Record<string, string> = {
    'providers.tf': `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\nprovider "aws" {\n  region = var.region\n}\nprovider "azurerm" {\n  features {}\n  subscription_id = "00000000-0000-4000-8000-000000000001"\n}\nprovider "google" {\n  project = "bench-project"\n  region  = "europe-west1"\n}\n`,
    'variables.tf': `variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\nvariable "versioning" { type = string }\n`,
    'locals.tf': `locals {\n  tags = { env = "bench", cost_center = "1234" }\n}\n`,
    'main.tf': calls,
    'terraform.tfvars': 'versioning = "Suspended"\n',
  };
  for (const [name, text] of Object.entries(rootFiles)) {
    writeFileSync(join(dir, name), text);
    files++;
  }
  return { files, resources };
}

export async function iacBench(): Promise<Record<string, unknown>> {
  const root = packageRoot();
  const work = mkdtempSync(join(tmpdir(), 'parapet-bench-iac-'));
  try {
    const tree = join(work, 'tree');
    const { files, resources } = generateTree(tree);
    // The CLI as users run it: compiled (what `npm ci` builds), here into bench/out so the tree's dist/ is left alone.
    const outDir = join(root, 'bench', 'out', 'dist');
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], { stdio: 'inherit' });
    const cli = join(outDir, 'src', 'cli', 'main.js');
    const runs: number[] = [];
    let last: { scan: { counts: Record<string, number> }; findings: unknown[]; errors: Array<{ code: string; message: string }> } | undefined;
    for (let i = 0; i < 3; i++) {
      const db = join(work, `bench-${i}.db`);
      const output = join(work, `out-${i}.json`);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, 'scan', 'iac', tree, '--format', 'json', '--output', output, '--db', db], { cwd: work, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
      runs.push(Math.round(performance.now() - t0));
      if (r.status !== 0 && r.status !== 1) throw new Error(`scan iac exited ${r.status}: ${r.stderr.toString('utf8').slice(0, 2000)}`);
      last = JSON.parse(readFileSync(output, 'utf8')) as typeof last;
    }
    const wallMs = median(runs);
    const errors = last!.errors.filter((e) => !e.message.startsWith('warning: '));
    return {
      bench: 'iac',
      files,
      resources,
      assets: last!.scan.counts.assets,
      findings: last!.findings.length,
      fail: last!.scan.counts.fail,
      unknown: last!.scan.counts.unknown,
      inputErrors: errors.length,
      warnings: last!.errors.length - errors.length,
      runsMs: runs,
      wallMs,
      targets: { wallMs: TARGET_MS },
      ok: wallMs <= TARGET_MS && errors.length === 0,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
