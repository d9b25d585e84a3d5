/**
 * Property tests for the HCL parser: (a) generated valid configurations parse without diagnostics into the
 * structure they were generated from; (b) mutated and random inputs never make it throw or hang, and every
 * diagnostic points inside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Body, Expr } from './ast.js';
import { parseHcl } from './parser.js';

// ---------------------------------------------------------------- (a) generated valid configurations

type Value = string | number | boolean | null | Value[] | { [k: string]: Value } | { heredoc: string; flush: boolean };
type Item = { attr: string; value: Value; comment?: string } | { block: string; labels: Array<{ text: string; quoted: boolean }>; body: Item[]; oneLine: boolean };
interface Config {
  items: Item[];
  lineComments: string[];
}

const ident = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);
const commentText = fc.stringMatching(/^[a-zA-Z0-9 :.,=-]{1,20}$/).map((s) => s.trim()).filter((s) => s.length > 0);
/** Strings with everything that needs escaping: quotes, backslashes, newlines, tabs, `${`, `%{`, non-ASCII. */
const stringValue = fc
  .array(fc.oneof(fc.stringMatching(/^[a-zA-Z0-9 _.\-/:*]{0,6}$/), fc.constantFrom('"', '\\', '\n', '\t', '${', '%{', '$', '%', '{', '}', 'é', '😀', '#', '//', '\u0001')), { maxLength: 6 })
  .map((parts) => parts.join(''));
const numberValue = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n) => (Object.is(n, -0) ? 0 : n)),
);
const heredocValue = fc
  .record({ lines: fc.array(fc.stringMatching(/^[a-z][a-z ]{0,10}$/), { minLength: 1, maxLength: 4 }), flush: fc.boolean() })
  .map(({ lines, flush }) => ({ heredoc: `${lines.join('\n')}\n`, flush }));

const { value } = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    stringValue,
    numberValue,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(ident, tie('value'), { maxKeys: 4 }),
  ),
}));

const { body } = fc.letrec<{ body: Item[]; item: Item }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    // Heredocs only as whole attribute values: their closing marker must stand alone on its line.
    fc.record({ attr: ident, value, comment: fc.option(commentText, { nil: undefined }) }).map((r) => (r.comment === undefined ? { attr: r.attr, value: r.value } : r)),
    fc.record({ attr: ident, value: heredocValue }),
    fc.record({
      block: ident,
      labels: fc.array(fc.oneof(fc.record({ text: ident, quoted: fc.boolean() }), fc.record({ text: stringValue, quoted: fc.constant(true) })), { maxLength: 2 }),
      body: tie('body'),
      oneLine: fc.boolean(),
    }),
  ),
  body: fc.array(tie('item'), { maxLength: 4 }),
}));

const config: fc.Arbitrary<Config> = fc.record({ items: body, lineComments: fc.array(commentText, { maxLength: 3 }) });

function quote(s: string): string {
  let out = '"';
  for (let k = 0; k < s.length; k++) {
    const c = s[k]!;
    const next = s[k + 1];
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if ((c === '$' || c === '%') && next === '{') out += c + c;
    else if (c.charCodeAt(0) < 32) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

function isHeredoc(v: Value): v is { heredoc: string; flush: boolean } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as { heredoc?: unknown }).heredoc === 'string' && Object.keys(v).length === 2 && 'flush' in v;
}

function render(v: Value, indent: string, seed: number): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (isHeredoc(v)) {
    const lines = v.heredoc.slice(0, -1).split('\n');
    if (v.flush) return `<<-EOT\n${lines.map((l) => `${indent}    ${l}`).join('\n')}\n${indent}  EOT`;
    return `<<EOT\n${lines.join('\n')}\nEOT`;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (seed % 2 === 0) return `[${v.map((x, k) => render(x, indent, seed + k)).join(', ')}]`;
    return `[\n${v.map((x, k) => `${inner}${render(x, inner, seed + k)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  const key = (k: string, n: number) => (n % 3 === 0 ? quote(k) : k);
  const sep = (n: number) => (n % 2 === 0 ? ' = ' : ': ');
  if (seed % 2 === 0) return `{\n${entries.map(([k, x], n) => `${inner}${key(k, n + seed)}${sep(n)}${render(x, inner, seed + n)}`).join('\n')}\n${indent}}`;
  return `{ ${entries.map(([k, x], n) => `${key(k, n + seed)}${sep(n + seed)}${render(x, inner, seed + n)}`).join(', ')} }`;
}

function renderBody(items: Item[], indent: string): string {
  let out = '';
  items.forEach((it, n) => {
    if ('attr' in it) {
      out += `${indent}${it.attr} = ${render(it.value, indent, n)}${it.comment !== undefined ? ` ${n % 2 ? '#' : '//'} ${it.comment}` : ''}\n`;
    } else {
      const labels = it.labels.map((l) => (l.quoted ? quote(l.text) : l.text)).join(' ');
      const head = `${indent}${it.block}${labels ? ` ${labels}` : ''} {`;
      const only = it.body[0];
      if (it.oneLine && it.body.length === 1 && only && 'attr' in only && only.comment === undefined && !isHeredoc(only.value) && (typeof only.value !== 'object' || only.value === null)) {
        out += `${head} ${only.attr} = ${render(only.value, indent, n)} }\n`;
      } else {
        out += `${head}\n${renderBody(it.body, `${indent}  `)}${indent}}\n`;
      }
    }
  });
  return out;
}

function renderConfig(c: Config): { text: string; comments: string[] } {
  let text = c.lineComments.map((t, n) => (n % 3 === 2 ? `/* ${t} */\n` : `${n % 2 ? '//' : '#'} ${t}\n`)).join('');
  text += renderBody(c.items, '');
  const comments = [...c.lineComments];
  const walk = (items: Item[]) => {
    for (const it of items) {
      if ('attr' in it) {
        if (it.comment !== undefined) comments.push(it.comment);
      } else walk(it.body);
    }
  };
  walk(c.items);
  return { text, comments };
}

/** The value a literal-only expression stands for (the inverse of `render`). */
function valueOf(e: Expr): unknown {
  switch (e.type) {
    case 'literal':
      return e.value;
    case 'template':
      if (!e.parts.every((p) => p.type === 'string')) throw new Error('template with interpolation');
      return e.heredoc ? { heredoc: e.parts.map((p) => (p.type === 'string' ? p.value : '')).join('') } : e.parts.map((p) => (p.type === 'string' ? p.value : '')).join('');
    case 'tuple':
      return e.items.map(valueOf);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const { key, value: v } of e.items) out[String(valueOf(key))] = valueOf(v);
      return out;
    }
    default:
      throw new Error(`unexpected ${e.type}`);
  }
}

function expectedValue(v: Value): unknown {
  if (isHeredoc(v)) return { heredoc: v.heredoc };
  if (Array.isArray(v)) return v.map(expectedValue);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expectedValue(x)]));
  return v;
}

function structureOf(b: Body): unknown[] {
  return b.items.map((it) => (it.kind === 'attribute' ? { attr: it.name, value: valueOf(it.expr) } : { block: it.type, labels: it.labels, body: structureOf(it.body) }));
}

function expectedStructure(items: Item[]): unknown[] {
  return items.map((it) => ('attr' in it ? { attr: it.attr, value: expectedValue(it.value) } : { block: it.block, labels: it.labels.map((l) => l.text), body: expectedStructure(it.body) }));
}

describe('parseHcl on generated valid configurations', () => {
  it('parses 2500 generated configurations without diagnostics into the generated structure', () => {
    fc.assert(
      fc.property(config, (c) => {
        const { text, comments } = renderConfig(c);
        const r = parseHcl(text, 'gen.tf');
        expect(r.diagnostics).toEqual([]);
        expect(structureOf(r.config.body)).toEqual(expectedStructure(c.items));
        expect(r.config.comments.map((x) => x.text).sort()).toEqual([...comments].sort());
      }),
      { numRuns: 2500 },
    );
  });
});

// ---------------------------------------------------------------- (b) mutated and random inputs

const SAMPLES = [
  `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = var.region
  alias  = "west"
}

# parapet:ignore baseline.storage.bucket-not-publicly-readable public website
resource "aws_s3_bucket" "site" {
  bucket        = "\${var.prefix}-site-\${terraform.workspace}"
  force_destroy = var.env != "prod" ? true : false
  tags = merge(local.tags, {
    Name = "site"
  })
}
`,
  `resource "aws_security_group" "web" {
  count  = length(var.subnets) > 0 ? 1 : 0
  vpc_id = module.net["a"].vpc_id

  dynamic "ingress" {
    for_each = { for r in var.rules : r.name => r if r.enabled }
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [for c in ingress.value.cidrs : cidrsubnet(c, 8, 1)]
    }
  }
  /* egress
     everywhere */
  egress { cidr_blocks = ["0.0.0.0/0"] }
}
`,
  `data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.site.arn}/*", aws_s3_bucket.logs[*].arn]
  }
}

locals {
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [%{ for s in var.stmts ~}"\${s}",%{ endfor ~}]
    }
  EOT
  ids   = aws_instance.web.*.id
  first = provider::aws::arn_parse(var.arn).account_id
  all   = concat(var.a, var.lists...)
}
`,
  `region = "eu-west-1"
tags = {
  "team" : "core"
  env    = "prod"
}
cidrs = [
  "10.0.0.0/16",
  "10.1.0.0/16",
]
`,
];

const TOKENS = ['"', '{', '}', '${', '%{', '~}', '<<', '<<EOT\n', '<<-EOT\n', 'EOT\n', '/*', '*/', '#', '//', '\n', '[', ']', '(', ')', '[*]', '.*', '\\', '=', '==', ':', ',', '.', '...', '?', '!', '-', '=>', 'for ', ' in ', 'if ', 'resource ', 'x', '1', '1e', ' ', '\t', '\r', '::', 'é', '😀', '\u0000'];

type Mutation = { kind: 'insert' | 'delete' | 'replace'; at: number; token: string; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })),
  length: fc.integer({ min: 1, max: 12 }),
});

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = Math.min(t.length, Math.floor(m.at * t.length));
    if (m.kind === 'insert') t = t.slice(0, at) + m.token + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else t = t.slice(0, at) + m.token + t.slice(at + m.token.length);
  }
  return t;
}

let slowest = 0;

/** parseHcl never throws, answers quickly, and its diagnostics point inside the text. */
function checkRobust(text: string): void {
  const t = performance.now();
  const r = parseHcl(text, 'fuzz.tf');
  const ms = performance.now() - t;
  slowest = Math.max(slowest, ms);
  expect(ms).toBeLessThan(200);
  const lines = text.split('\n').length;
  for (const d of r.diagnostics) {
    expect(d.code).toBe('HclSyntax');
    expect(d.file).toBe('fuzz.tf');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column ?? 1).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  expect(r.config.body.items.every((i) => i.range.start.line >= 1 && i.range.end.offset <= text.length)).toBe(true);
}

describe('parseHcl on bad input', () => {
  it('samples parse cleanly before mutation', () => {
    for (const s of SAMPLES) expect(parseHcl(s, 'sample.tf').diagnostics).toEqual([]);
  });

  it('survives 3500 mutated inputs (insertions, deletions, replacements of quotes, braces, ${, <<, /*)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(mutation, { minLength: 1, maxLength: 8 }), (sample, ms) => checkRobust(mutate(sample, ms))),
      { numRuns: 3500 },
    );
  });

  it('survives 1000 token-soup inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (toks) => checkRobust(toks.join(''))),
      { numRuns: 1000 },
    );
  });

  it('survives 1000 fully random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkRobust(s)),
      { numRuns: 1000 },
    );
    // The slowest single parse across all bad inputs, for the record (bound asserted per input above).
    expect(slowest).toBeLessThan(200);
  });
});
