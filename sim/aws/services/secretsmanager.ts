// Placeholder until the secretsmanager simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'secretsmanager', sdk: '@aws-sdk/client-secrets-manager', operations: {} };
export const generators: ResourceGenerator[] = [];
