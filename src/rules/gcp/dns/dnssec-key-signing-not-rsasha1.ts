import { rsaSha1Rule } from './support/zone.js';

export const rule = rsaSha1Rule('gcp.dns.dnssec-key-signing-not-rsasha1', 'keySigning', '3.4');
