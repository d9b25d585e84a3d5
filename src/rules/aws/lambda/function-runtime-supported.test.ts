import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './function-runtime-supported.js';
import { deniedFunction, functionAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['python3.13', '2026-11-29T00:00:00Z', 'pass'],
    ['nodejs24.x', '2026-11-29T00:00:00Z', 'pass'],
    ['nodejs26.x (no deprecation scheduled)', '2026-11-29T00:00:00Z', 'pass'],
    ['nodejs20.x', '2026-11-29T00:00:00Z', 'fail'],
    ['python3.9', '2026-11-29T00:00:00Z', 'fail'],
    ['go1.x', '2026-11-29T00:00:00Z', 'fail'],
    // dotnet8 is deprecated on 2026-11-10: judged at the time the function was observed.
    ['dotnet8', '2026-11-09T23:59:59Z', 'pass'],
    ['dotnet8', '2026-11-10T00:00:00Z', 'fail'],
  ])('%s observed %s -> %s', (runtime, observedAt, status) => {
    const v = runRule(rule, functionAsset({ Runtime: runtime.split(' ')[0] as never }, undefined, observedAt), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.function.Runtime', observed: runtime.split(' ')[0] });
  });

  it('does not apply to container images', () => {
    expect(runRule(rule, functionAsset({ PackageType: 'Image', Runtime: undefined }), fixtureContext([])).status).toBe('not_applicable');
  });

  it('is unknown for a runtime it does not know or a zip function without a runtime', () => {
    expect(runRule(rule, functionAsset({ Runtime: 'cobol85' as never }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, functionAsset({ Runtime: undefined }), fixtureContext([])).status).toBe('unknown');
  });

  it('is unknown when the function listing failed', () => {
    expect(runRule(rule, deniedFunction('function', 'ListFunctions'), fixtureContext([])).status).toBe('unknown');
  });
});
