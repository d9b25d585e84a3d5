import type { Framework } from '../core/framework.js';
import { writeHtmlReport } from '../report/html/index.js';
import type { Store } from '../store/store.js';

/** `compliance --format html`: the HTML posture report limited to the chosen frameworks. */
export async function writeComplianceHtml(store: Store, scanId: string, frameworks: Framework[], output: string): Promise<void> {
  const { path, bytes } = await writeHtmlReport(store, output, { scanId, frameworks });
  process.stdout.write(`${path} (${(bytes / 1048576).toFixed(1)} MB)\n`);
}
