import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Framework } from '../core/framework.js';
import { frameworkSchema } from './schema.js';

/** A framework file that could not be loaded: names the file, the line and what is wrong. */
export class FrameworkFileError extends Error {
  constructor(readonly file: string, readonly line: number, readonly problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'FrameworkFileError';
  }
}

/** Parses and validates one framework file's text; `file` is used in errors only. */
export function parseFramework(text: string, file: string): Framework {
  return checkFramework(file, undefined, text).fw;
}

/**
 * Validates a framework: from its already-parsed data when given (the cache below), falling back to a full
 * parse of `text` (with a line for every error) when there is none or it does not validate.
 */
function checkFramework(file: string, data: unknown, text: string): { fw: Framework; data: unknown } {
  if (data !== undefined) {
    const parsed = frameworkSchema.safeParse(data);
    if (parsed.success) {
      const fw = parsed.data as Framework;
      const expected = basename(file).replace(/\.ya?ml$/, '');
      if (fw.id === expected && new Set(fw.controls.map((c) => c.id)).size === fw.controls.length) return { fw, data };
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const yamlError = doc.errors[0];
  if (yamlError) throw new FrameworkFileError(file, lineOf(yamlError.pos[0]), yamlError.message.split('\n')[0] ?? 'invalid YAML');
  const js = doc.toJS() as unknown;
  const parsed = frameworkSchema.safeParse(js);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // The deepest node of the issue's path that exists in the document gives the line.
    let path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let node: unknown;
    while (path.length && !(node = doc.getIn(path, true))) path = path.slice(0, -1);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    throw new FrameworkFileError(file, lineOf(range?.[0]), `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const fw = parsed.data as Framework;
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (fw.id !== expected && !file.startsWith('<')) throw new FrameworkFileError(file, 1, `id '${fw.id}' does not match the file name '${expected}'`);
  const seen = new Map<string, number>();
  fw.controls.forEach((c, i) => {
    if (seen.has(c.id)) {
      const node = doc.getIn(['controls', i, 'id'], true) as { range?: [number, number, number] } | undefined;
      throw new FrameworkFileError(file, lineOf(node?.range?.[0]), `control id '${c.id}' appears twice (controls ${seen.get(c.id)! + 1} and ${i + 1})`);
    }
    seen.set(c.id, i);
  });
  return { fw, data: js };
}

/**
 * Every `*.yaml` framework in a directory, sorted by id. Parsing 400 KB of YAML takes about half a second, so
 * the parsed data (not the validated frameworks: validation always runs) is cached in the temp directory
 * under the SHA-256 of the files' contents; any change to a file is a new key. A missing or unreadable
 * cache just means parsing.
 */
export function loadFrameworkDir(dir: string): Framework[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  const hash = createHash('sha256');
  for (const f of files) hash.update(basename(f.file)).update('\0').update(f.text).update('\0');
  const cacheDir = join(tmpdir(), 'parapet-cache');
  const cacheFile = join(cacheDir, `frameworks-${hash.digest('hex')}.json`);
  let data: unknown[] | undefined;
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as unknown;
    if (Array.isArray(cached) && cached.length === files.length) data = cached;
  } catch {
    data = undefined;
  }
  const checked = files.map((f, i) => checkFramework(f.file, data?.[i], f.text));
  if (!data) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(checked.map((c) => c.data)));
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only temp directory: parse every time.
    }
  }
  return checked.map((c) => c.fw);
}
