// Placeholder until the elbv2 simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'elasticloadbalancing', sdk: '@aws-sdk/client-elastic-load-balancing-v2', operations: {} };
export const generators: ResourceGenerator[] = [];
