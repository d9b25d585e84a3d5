// Placeholder until the cloudtrail simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'cloudtrail', sdk: '@aws-sdk/client-cloudtrail', operations: {} };
export const generators: ResourceGenerator[] = [];
