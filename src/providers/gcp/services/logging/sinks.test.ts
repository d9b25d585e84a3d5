import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { LOG_SINK_TYPE, sinksCollector } from './sinks.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-logging.yaml', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.logging.sinks collector', () => {
  it('yields every sink, built-in ones included, as a logging.audit-trail asset', async () => {
    const out = await collectGcp(estate, sinksCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => `${a.account}/${a.name}`).sort()).toEqual([
      'parapet-demo-dev/_Default',
      'parapet-demo-dev/_Required',
      'parapet-demo-prod/_Default',
      'parapet-demo-prod/_Required',
      'parapet-demo-prod/all-logs-archive',
      'parapet-demo-prod/security-export',
    ]);
    const archive = out.assets.find((a) => a.name === 'all-logs-archive')!;
    expect(archive).toMatchObject({ id: '//logging.googleapis.com/projects/parapet-demo-prod/sinks/all-logs-archive', type: LOG_SINK_TYPE, kind: 'logging.audit-trail', region: 'global' });
    // No filter: every log entry is exported (the API omits an empty filter).
    expect(archive.config.sink).toMatchObject({ destination: 'storage.googleapis.com/parapet-demo-prod-audit-logs' });
    expect(archive.config.sink).not.toHaveProperty('filter');
    expect(out.assets.find((a) => a.name === 'security-export')!.config.sink).toMatchObject({ disabled: true });
  });

  it('a denied listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, sinksCollector, { faults: [{ account: 'parapet-demo-prod', service: 'logging', operation: 'logging.projects.sinks.list', effect: 'deny' }] });
    expect(out.assets.every((a) => a.account === 'parapet-demo-dev')).toBe(true);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-prod')).toMatchObject({
      ok: false,
      error: { provider: 'gcp', account: 'parapet-demo-prod', service: 'logging', operation: 'logging.projects.sinks.list', code: 'forbidden' },
    });
  });
});
