import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './legacy-abac-disabled.js';
import { cluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['explicitly disabled', cluster({ legacyAbac: { enabled: false } }), 'pass'],
    ['absent (disabled by default)', cluster({}), 'pass'],
    ['enabled', cluster({ legacyAbac: { enabled: true } }), 'fail'],
    ['listing denied', cluster(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
