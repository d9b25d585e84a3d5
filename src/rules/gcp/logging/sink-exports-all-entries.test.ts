import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, projectAsset } from '../../../../test/support/gcp-assets.js';
import { rule } from './sink-exports-all-entries.js';

const REQUIRED = { name: '_Required', destination: 'logging.googleapis.com/projects/parapet-fixture/locations/global/buckets/_Required', filter: 'LOG_ID("cloudaudit.googleapis.com/activity")' };
const DEFAULT = { name: '_Default', destination: 'logging.googleapis.com/projects/parapet-fixture/locations/global/buckets/_Default', filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity")' };
const ALL = { name: 'all', destination: 'storage.googleapis.com/central-logs' };

describe(rule.id, () => {
  it.each([
    ['an unfiltered sink', [REQUIRED, DEFAULT, ALL], 'pass'],
    ['only the built-in sinks', [REQUIRED, DEFAULT], 'fail'],
    ['the unfiltered sink is disabled', [{ ...ALL, disabled: true }], 'fail'],
    ['the unfiltered sink has an exclusion', [{ ...ALL, exclusions: [{ name: 'no-debug', filter: 'severity<INFO' }] }], 'fail'],
    ['its exclusion is disabled', [{ ...ALL, exclusions: [{ name: 'no-debug', filter: 'severity<INFO', disabled: true }] }], 'pass'],
    ['no sinks', null, 'fail'],
  ])('%s -> %s', (_n, sinks, status) => {
    const v = runRule(rule, projectAsset({ sinks }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when sinks could not be listed', () => {
    expect(runRule(rule, projectAsset({}, { sinks: deniedGap('logging', 'logging.projects.sinks.list') }), fixtureContext([])).status).toBe('unknown');
  });
});
