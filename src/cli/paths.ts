import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

export { packageRoot };

export const DEMO_ESTATE = (): string => join(packageRoot(), 'sim', 'estates', 'demo');

/** Default database: PARAPET_DB, else .parapet/parapet.db in the working directory. */
export function defaultDb(): string {
  return process.env.PARAPET_DB ?? join(process.cwd(), '.parapet', 'parapet.db');
}
