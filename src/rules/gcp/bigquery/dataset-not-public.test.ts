import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './dataset-not-public.js';
import { dataset } from './support/fixtures.js';

const OWNER = { role: 'OWNER', specialGroup: 'projectOwners' };

describe(rule.id, () => {
  it.each([
    ['project groups only', dataset({ access: [OWNER, { role: 'READER', groupByEmail: 'analysts@example.com' }] }), 'pass'],
    ['allAuthenticatedUsers special group', dataset({ access: [OWNER, { role: 'READER', specialGroup: 'allAuthenticatedUsers' }] }), 'fail'],
    ['allUsers IAM member', dataset({ access: [{ role: 'roles/bigquery.dataViewer', iamMember: 'allUsers' }] }), 'fail'],
    ['datasets.get denied', dataset(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
