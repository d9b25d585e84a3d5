// Placeholder until the guardduty simulator lands: serves no operations (the engine answers with the protocol's
// unknown-operation error).
import type { ResourceGenerator } from '../generator.js';
import type { SimService } from '../service.js';

export const service: SimService = { signingName: 'guardduty', sdk: '@aws-sdk/client-guardduty', operations: {} };
export const generators: ResourceGenerator[] = [];
