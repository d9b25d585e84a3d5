// Placeholder until the eks simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'eks', sdk: '@aws-sdk/client-eks', operations: {} };
export const generators: ResourceGenerator[] = [];
