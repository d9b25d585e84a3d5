// Placeholder until the config simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'config', sdk: '@aws-sdk/client-config-service', operations: {} };
export const generators: ResourceGenerator[] = [];
