import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root.js';
import { FrameworkFileError, loadFrameworkDir, parseFramework } from './load.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-frameworks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cacheFileOf(d: string): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(d).filter((x) => x.endsWith('.yaml')).sort()) hash.update(basename(f)).update('\0').update(readFileSync(join(d, f), 'utf8')).update('\0');
  return join(tmpdir(), 'parapet-cache', `frameworks-${hash.digest('hex')}.json`);
}

describe('loading the framework directory', () => {
  const shipped = join(packageRoot(), 'frameworks');

  it('gives the same frameworks from the parse cache as from parsing', () => {
    const fresh = readdirSync(shipped).filter((f) => f.endsWith('.yaml')).sort().map((f) => parseFramework(readFileSync(join(shipped, f), 'utf8'), join(shipped, f)));
    loadFrameworkDir(shipped);
    expect(JSON.parse(readFileSync(cacheFileOf(shipped), 'utf8'))).toHaveLength(fresh.length);
    expect(loadFrameworkDir(shipped)).toEqual(fresh);
  });

  it('ignores a corrupt cache, and still names file and line of an invalid framework whatever the cache says', () => {
    cpSync(join(shipped, 'gdpr.yaml'), join(dir, 'gdpr.yaml'));
    writeFileSync(cacheFileOf(dir), '{not json');
    expect(loadFrameworkDir(dir).map((f) => f.id)).toEqual(['gdpr']);
    // A cache entry that does not validate (edited by hand) falls back to the file, which is fine.
    writeFileSync(cacheFileOf(dir), JSON.stringify([{ id: 'gdpr' }]));
    expect(loadFrameworkDir(dir)[0]!.controls.length).toBeGreaterThan(0);
    // An invalid file: a new content, a new key, and the error keeps its line.
    writeFileSync(join(dir, 'gdpr.yaml'), readFileSync(join(shipped, 'gdpr.yaml'), 'utf8').replace(/^id: gdpr$/m, 'id: 42'));
    expect(() => loadFrameworkDir(dir)).toThrow(FrameworkFileError);
    expect(() => loadFrameworkDir(dir)).toThrow(/gdpr\.yaml:\d+: /);
  });
});
