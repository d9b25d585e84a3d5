import { z } from 'zod';

const ruleIds = z.array(z.string().regex(/^(aws|azure|gcp|baseline)\.[a-z0-9-]+\.[a-z0-9-]+$/, 'a rule id like aws.s3.bucket-public-access-blocked')).min(1);

/** One control of a framework file. */
export const controlSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(3),
    section: z.string().min(1),
    rules: z.object({ aws: ruleIds.optional(), azure: ruleIds.optional(), gcp: ruleIds.optional() }).strict().optional(),
    manual: z.string().min(10).optional(),
  })
  .strict()
  .refine((c) => (c.rules && Object.values(c.rules).some((l) => l && l.length > 0)) || c.manual, {
    message: 'a control needs rules (per provider) or a `manual` note saying what an auditor checks',
  });

/** A framework file (`frameworks/<id>.yaml`). */
export const frameworkSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case id like pci-dss-v4.0.1'),
    name: z.string().min(3),
    version: z.string().min(1),
    publisher: z.string().min(2),
    url: z.url(),
    providers: z.array(z.enum(['aws', 'azure', 'gcp'])).min(1),
    scope: z.string().min(10),
    controls: z.array(controlSchema).min(1),
  })
  .strict();

export type FrameworkFile = z.infer<typeof frameworkSchema>;
