// Content collections. The docs schema fails the build on bad frontmatter, naming the file and field.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { SeverityIdSchema } from './core/schema.ts';

export const SECTIONS = [
  'start',
  'severity',
  'roles',
  'lifecycle',
  'escalation',
  'workflow',
  'communication',
  'postmortems',
  'metrics',
  'runbooks',
  'practice',
  'career',
  'example',
  'reference',
  'tools',
] as const;

const docs = defineCollection({
  // Entry ids look like `en/severity/levels`; the first segment is the language.
  loader: glob({ base: './content/docs', pattern: '**/*.{md,mdx}' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    section: z.enum(SECTIONS),
    order: z.number().int(),
    tags: z.array(z.string()).default([]),
    lastReviewed: z.coerce.date(),
    /** Runbook metadata, used by search filters. */
    service: z.string().optional(),
    severityHint: SeverityIdSchema.optional(),
    /** Extra search keywords that weigh more than body text. */
    keywords: z.array(z.string()).default([]),
  }),
});

export const collections = { docs };
