import { readdirSync, readFileSync } from 'node:fs';
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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const yamlError = doc.errors[0];
  if (yamlError) throw new FrameworkFileError(file, lineOf(yamlError.pos[0]), yamlError.message.split('\n')[0] ?? 'invalid YAML');
  const parsed = frameworkSchema.safeParse(doc.toJS());
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
  return fw;
}

/** Every `*.yaml` framework in a directory, sorted by id. */
export function loadFrameworkDir(dir: string): Framework[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parseFramework(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
