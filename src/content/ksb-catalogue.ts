import { z } from 'zod';
import { AXES } from '../core/axes';

/**
 * The apprenticeship standard's knowledge, skills and behaviours (KSBs) that scenario `#ksb:` tags
 * refer to. It is data, not code: `stories/ksbs.json` holds a proposed list today and a provider can
 * drop in the official codes, bumping `version`. The build validates it with this schema and rejects
 * any scenario that names a code it does not contain.
 */
const KSB_CATALOGUE_FORMAT = 'common-ground/ksbs';

const KSB_KINDS = ['knowledge', 'skill', 'behaviour'] as const;

/** The same shape the `#ksb:` tag accepts, so every code in the list can be written in a tag. */
const KSB_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

const ksbItemSchema = z.object({
  code: z.string().regex(KSB_CODE, 'a KSB code is letters, digits, dots and hyphens, e.g. "P-K3"'),
  kind: z.enum(KSB_KINDS),
  title: z.string().min(1),
  description: z.string().min(1),
  /** The scoring axis the KSB mostly shows up on; used to group the coverage table. */
  axis: z.enum(AXES),
});

const ksbCatalogueSchema = z
  .object({
    format: z.literal(KSB_CATALOGUE_FORMAT),
    version: z.number().int().min(1),
    standard: z.string().min(1),
    /** The standard's reference, e.g. "ST0314", printed on witness records beside its name. */
    reference: z.string().min(1).max(40).optional(),
    items: z.array(ksbItemSchema).min(1),
  })
  .superRefine((catalogue, context) => {
    const seen = new Set<string>();
    catalogue.items.forEach((item, i) => {
      if (seen.has(item.code)) context.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `code "${item.code}" is listed twice` });
      seen.add(item.code);
    });
  });

export type KsbCatalogue = z.infer<typeof ksbCatalogueSchema>;
type KsbItem = KsbCatalogue['items'][number];

export class KsbCatalogueError extends Error {
  override name = 'KsbCatalogueError';
}

/** Validates a KSB list once, where it enters; says which entry is wrong if it is not valid. */
export function parseKsbCatalogue(input: unknown, source = 'ksbs.json'): KsbCatalogue {
  const result = ksbCatalogueSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new KsbCatalogueError(`${source} is not a valid KSB list${where}: ${issue?.message ?? 'unknown problem'}`);
}

export function ksbCodes(catalogue: KsbCatalogue): ReadonlySet<string> {
  return new Set(catalogue.items.map((item) => item.code));
}

export function findKsb(catalogue: KsbCatalogue, code: string): KsbItem | undefined {
  return catalogue.items.find((item) => item.code === code);
}
