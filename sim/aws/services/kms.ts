// Placeholder until the kms simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'kms', sdk: '@aws-sdk/client-kms', operations: {} };
export const generators: ResourceGenerator[] = [];
