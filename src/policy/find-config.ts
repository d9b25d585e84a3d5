import { statSync } from 'node:fs';
import { join } from 'node:path';

/** File names `findConfig` looks for, in order. */
export const CONFIG_NAMES = ['parapet.yaml', 'parapet.yml'] as const;

/**
 * The config file in `dir` itself (`parapet.yaml`, else `parapet.yml`), or undefined. Never walks up. (Apart
 * from config.ts so that commands can look for the file without loading the validator.)
 */
export function findConfig(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // absent: try the next name
    }
  }
  return undefined;
}
