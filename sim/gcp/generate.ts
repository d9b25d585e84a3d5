/**
 * Benchmark estates for GCP: an organization with a folder, `projects` projects (half in the folder, half
 * directly under the organization) and about `resources` resources in total, split evenly over projects
 * and then over every registered service's `generate`. Deterministic for a seed: each (project, api) gets
 * its own RNG.
 */
import type { Estate } from '../aws/estate.js';
import { hashSeed, seededRng } from '../aws/rng.js';
import { split } from '../shares.js';
import type { GcpProjectEstate } from './estate.js';
import type { GcpSimService } from './service.js';
import { gcpSimServices } from './services/index.js';

export interface GenerateGcpOptions {
  projects: number;
  /** About how many resources in total (what the services' generators add). */
  resources: number;
  seed?: number;
  regions?: string[];
  latencyMs?: number;
  rateLimits?: boolean;
  services?: GcpSimService[];
}

export interface GeneratedGcpEstate {
  estate: Estate;
  /** Resources the generators say they added (project assets not counted). */
  expectedResources: number;
}

export const GENERATED_ORGANIZATION = 'organizations/900000000001';
export const GENERATED_FOLDER = 'folders/910000000001';


export function generateGcpEstate(opts: GenerateGcpOptions): GeneratedGcpEstate {
  const seed = opts.seed ?? 1;
  const regions = opts.regions ?? ['europe-west1', 'us-central1'];
  const services = (opts.services ?? gcpSimServices).filter((s) => s.generate);
  const projects: GcpProjectEstate[] = [];
  let expected = 0;
  const perProject = split(opts.resources, Math.max(1, opts.projects));
  for (let i = 0; i < opts.projects; i++) {
    const projectId = `bench-project-${String(i + 1).padStart(4, '0')}`;
    const project: GcpProjectEstate = {
      projectId,
      projectNumber: String(500_000_000_001 + i),
      displayName: `Bench ${i + 1}`,
      parent: i % 2 === 0 ? GENERATED_FOLDER : GENERATED_ORGANIZATION,
      lifecycleState: 'ACTIVE',
      resources: {},
    };
    const shares = split(perProject[i] ?? 0, Math.max(1, services.length));
    services.forEach((s, k) => {
      const n = shares[k] ?? 0;
      if (n > 0) expected += s.generate!(project, n, seededRng(hashSeed(`${projectId}/${s.api}/${k}`, seed)), regions);
    });
    projects.push(project);
  }
  const estate: Estate = {
    accounts: [],
    settings: { latencyMs: opts.latencyMs ?? 0, rateLimits: opts.rateLimits ?? false },
    gcp: {
      organization: { name: GENERATED_ORGANIZATION, displayName: 'bench.example.com' },
      folders: [{ name: GENERATED_FOLDER, displayName: 'bench', parent: GENERATED_ORGANIZATION }],
      projects,
    },
  };
  return { estate, expectedResources: expected };
}
