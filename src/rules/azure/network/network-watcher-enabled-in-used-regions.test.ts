import { describe } from 'vitest';
import { deniedGap, subscriptionAsset } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './network-watcher-enabled-in-used-regions.js';

const watcher = (location: string, provisioningState = 'Succeeded') => ({ name: `NetworkWatcher_${location}`, location, provisioningState });
const sub = (locations: string[], watchers: unknown[]) => subscriptionAsset({ locations, networkWatchers: watchers });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'every used region covered', asset: sub(['westeurope', 'northeurope', 'global'], [watcher('westeurope'), watcher('northeurope'), watcher('eastus')]), expect: 'pass', reason: /2 regions/ },
    { name: 'display-name location matches', asset: sub(['West Europe'], [watcher('westeurope')]), expect: 'pass' },
    { name: 'one region without a watcher', asset: sub(['westeurope', 'eastus2'], [watcher('westeurope')]), expect: 'fail', reason: /eastus2/ },
    { name: 'failed watcher does not count', asset: sub(['westeurope'], [watcher('westeurope', 'Failed')]), expect: 'fail' },
    { name: 'no regional resources', asset: sub([], []), expect: 'pass' },
    { name: 'watchers listing denied', asset: subscriptionAsset({ locations: ['westeurope'] }, { networkWatchers: deniedGap('network', 'networkWatchers.listAll', 'AuthorizationFailed', 'global') }), expect: 'unknown', reason: /networkWatchers.listAll/ },
    { name: 'regions in use unknown', asset: subscriptionAsset({ networkWatchers: [] }, { locations: deniedGap('resources', 'resources.list', 'AuthorizationFailed', 'global') }), expect: 'unknown' },
  ]);
});
