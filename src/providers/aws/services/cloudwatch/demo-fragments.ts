/** Loads the demo estate's organization plus the CloudWatch, SNS and SQS fragments, for demo tests. */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';

const FRAGMENTS = ['_organization.yaml', 'cloudwatch.yaml', 'sns.yaml', 'sqs.yaml'];

/** Only these fragments, so other services' fragments (work in progress elsewhere) cannot break these tests. */
export async function loadDemoFragments(): Promise<Estate> {
  const dir = await mkdtemp(join(tmpdir(), 'parapet-demo-'));
  try {
    for (const f of FRAGMENTS) await copyFile(join('sim/estates/demo', f), join(dir, f));
    return await loadEstate(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
