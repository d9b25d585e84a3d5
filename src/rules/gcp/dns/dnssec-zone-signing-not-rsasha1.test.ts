import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './dnssec-zone-signing-not-rsasha1.js';
import { signed, zone } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['ECDSA zone-signing key', zone(signed('rsasha1', 'ecdsap256sha256')), 'pass'],
    ['RSASHA1 zone-signing key', zone(signed('rsasha256', 'RSASHA1')), 'fail'],
    ['private zone', zone({ visibility: 'private', dnssecConfig: { state: 'on' } }), 'not_applicable'],
    ['listing denied', zone(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
