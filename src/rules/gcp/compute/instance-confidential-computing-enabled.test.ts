import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-confidential-computing-enabled.js';
import { deniedVm, vm } from './support/fixtures.js';

const type = (t: string) => `https://www.googleapis.com/compute/v1/projects/parapet-fixture/zones/europe-west1-b/machineTypes/${t}`;

describe(rule.id, () => {
  it.each([
    ['n2d with SEV', vm({ machineType: type('n2d-standard-2'), confidentialInstanceConfig: { enableConfidentialCompute: true } }), 'pass'],
    ['c3 with TDX', vm({ machineType: type('c3-standard-4'), confidentialInstanceConfig: { confidentialInstanceType: 'TDX' } }), 'pass'],
    ['n2d without', vm({ machineType: type('n2d-standard-2') }), 'fail'],
    ['e2 cannot be confidential', vm({ machineType: type('e2-medium') }), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
