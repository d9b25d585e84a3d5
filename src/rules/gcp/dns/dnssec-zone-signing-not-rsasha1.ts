import { rsaSha1Rule } from './support/zone.js';

export const rule = rsaSha1Rule('gcp.dns.dnssec-zone-signing-not-rsasha1', 'zoneSigning', '3.5');
