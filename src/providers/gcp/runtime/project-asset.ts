import type { Asset } from '../../../core/asset.js';
import { sourceOf } from '../../../core/provenance.js';
import type { ScopedProject } from './scope.js';

export const PROJECT_TYPE = 'cloudresourcemanager.googleapis.com/Project';

/** The project asset the driver makes when no collector makes it: just the `project` aspect (projects.get v3). */
export function projectAsset(p: ScopedProject, observedAt: string): Asset {
  return {
    id: `//cloudresourcemanager.googleapis.com/projects/${p.projectNumber || p.projectId}`,
    provider: 'gcp',
    account: p.projectId,
    region: 'global',
    type: PROJECT_TYPE,
    kind: 'account',
    name: p.projectId,
    tags: { ...(p.project?.labels ?? {}) },
    facets: {},
    config: p.project ? { project: JSON.parse(JSON.stringify(p.project)) as unknown } : {},
    gaps: p.error ? { project: p.error } : {},
    ...(p.error || p.project ? { provenance: { project: p.error ? sourceOf(p.error) : 'gcp:cloudresourcemanager:projects.get' } } : {}),
    source: { type: 'api' },
    observedAt,
  };
}
