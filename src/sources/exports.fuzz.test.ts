/**
 * Fuzzing of the JSON-based loaders (Terraform plans, AWS Config, Cloud Asset Inventory, Resource Graph):
 * realistic files mutated at random must never make a loader throw or hang, and every diagnostic must name
 * a line of the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from './snapshot/index.js';
import { loadTerraformPlan } from './terraform/plan.js';

const here = import.meta.dirname;
const dir = mkdtempSync(join(tmpdir(), 'parapet-fuzz-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAMPLES = [
  'snapshot/fixtures/aws-config-snapshot.json',
  'snapshot/fixtures/aws-config-batch-get.json',
  'snapshot/fixtures/gcp-cai-export.jsonl',
  'snapshot/fixtures/azure-arg-cli.json',
  'terraform/fixtures/plan/plan.json',
].map((p) => ({ name: p, text: readFileSync(join(here, p), 'utf8') }));

const CHUNKS = ['{', '}', '[', ']', '"', ',', ':', '\n', 'null', '"configurationItems"', '"assetType"', '"planned_values"', '"after_unknown"', '\\', '\u0000', '1e999', '"properties"'];

/** A sample with a few random edits: insert a chunk, delete a span, or replace a span by a chunk. */
const mutated = fc
  .tuple(fc.nat({ max: SAMPLES.length - 1 }), fc.array(fc.tuple(fc.nat({ max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.constantFrom(...CHUNKS)), { minLength: 1, maxLength: 6 }))
  .map(([i, edits]) => {
    let text = SAMPLES[i]!.text;
    for (const [op, at, len, chunk] of edits) {
      const pos = Math.floor(at * text.length);
      text = op === 0 ? text.slice(0, pos) + chunk + text.slice(pos) : op === 1 ? text.slice(0, pos) + text.slice(pos + len) : text.slice(0, pos) + chunk + text.slice(pos + len);
    }
    return { sample: SAMPLES[i]!.name, text };
  });

function check(load: (file: string) => { diagnostics: Array<{ line: number }> }, text: string, ext: string): void {
  const file = join(dir, `input${ext}`);
  writeFileSync(file, text);
  const t0 = performance.now();
  const r = load(file);
  expect(performance.now() - t0).toBeLessThan(2000);
  const lines = text.split('\n').length;
  for (const d of r.diagnostics) expect(d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}`).toBe(true);
}

describe('export and plan loaders under fuzzing', () => {
  it('never throw on 1500 mutated exports and plans read as exports', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutated, ({ sample, text }) => check((f) => loadSnapshot(f, '2026-11-29T00:00:00.000Z'), text, sample.endsWith('.jsonl') ? '.jsonl' : '.json')),
      { numRuns: 1500, seed: 2911 },
    );
  });

  it('never throw on 1500 mutated plans and exports read as plans', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(mutated, ({ text }) => check((f) => loadTerraformPlan(f), text, '.json')),
      { numRuns: 1500, seed: 1129 },
    );
  });
});
