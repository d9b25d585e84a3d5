import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-serial-port-disabled.js';
import { deniedVm, meta, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['disabled (0)', vm({ metadata: meta({ 'serial-port-enable': '0' }) }), 'pass'],
    ['disabled (false)', vm({ metadata: meta({ 'serial-port-enable': 'false' }) }), 'pass'],
    ['enabled (TRUE)', vm({ metadata: meta({ 'serial-port-enable': 'TRUE' }) }), 'fail'],
    ['enabled (1)', vm({ metadata: meta({ 'serial-port-enable': '1' }) }), 'fail'],
    ['enabled project-wide and not overridden', vm({}, { 'serial-port-enable': 'true' }), 'fail'],
    ['instance disables what the project enables', vm({ metadata: meta({ 'serial-port-enable': 'FALSE' }) }, { 'serial-port-enable': 'true' }), 'pass'],
    ['set nowhere (default disabled)', vm({}, {}), 'pass'],
    ['instance undecided and projects.get denied', vm({}, 'denied'), 'unknown'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
