import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './image-scanning-enabled.js';
import { deniedRepo, repoAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['continuous (enhanced) scanning from a registry rule', { scanFrequency: 'CONTINUOUS_SCAN' as const, scanOnPush: true, appliedScanFilters: [{ filter: '*', filterType: 'WILDCARD' as const }] }, 'pass'],
    ['basic scan on push', { scanFrequency: 'SCAN_ON_PUSH' as const, scanOnPush: true }, 'pass'],
    ['manual scanning only', { scanFrequency: 'MANUAL' as const, scanOnPush: false }, 'fail'],
  ])('%s -> %s', (_name, scanning, status) => {
    const v = runRule(rule, repoAsset({ scanning }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.scanningConfiguration.scanFrequency', observed: scanning.scanFrequency });
  });

  it('judges the effective configuration, not the legacy repository flag', () => {
    // scanOnPush on the repository is ignored once enhanced scanning rules leave the repository out.
    const v = runRule(rule, repoAsset({ repository: { imageScanningConfiguration: { scanOnPush: true } }, scanning: { scanFrequency: 'MANUAL', scanOnPush: false } }), fixtureContext([]));
    expect(v.status).toBe('fail');
  });

  it('is unknown when the scanning configuration is missing or was denied', () => {
    expect(runRule(rule, repoAsset({ scanning: null }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedRepo('scanningConfiguration', 'BatchGetRepositoryScanningConfiguration'), fixtureContext([])).status).toBe('unknown');
  });
});
