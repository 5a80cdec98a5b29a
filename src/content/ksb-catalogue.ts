import { z } from '../core/zod';
import { AXES } from '../core/axes';
import { parseStrictJson } from '../core/strict-json';
import { describeKsbListIssue } from './ksb-list-issues';

/**
 * The apprenticeship standard's knowledge, skills and behaviours (KSBs) that scenario `#ksb:` tags
 * refer to. It is data, not code: `stories/ksbs.json` is the list built into the app, and an
 * organisation can import its own official list in Settings. Both go through this one schema: the
 * build rejects a bad built-in list and any scenario that names a code it does not contain; the
 * app refuses a bad imported file and keeps what it had.
 *
 * Each check's message is the second half of a sentence ("has no title"); ksb-list-issues.ts puts
 * the KSB or "The list" in front, so a provider reads "KSB 3 (code S2) has no title".
 */
export const KSB_CATALOGUE_FORMAT = 'common-ground/ksbs';

export const KSB_KINDS = ['knowledge', 'skill', 'behaviour'] as const;

/** The same shape the `#ksb:` tag accepts, so every code in the list can be written in a tag. */
const KSB_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

/** "has no title" when the field is missing or empty, "has a title that is not text" otherwise. */
function text(field: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `has no ${field}` : `has a ${field} that is not text`) }).check(z.trim(), z.minLength(1, `has no ${field}`));
}

function oneOf<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  const words = `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  return z.enum(values, { error: (issue) => (issue.input === undefined ? `has no ${field} (${words})` : `has ${field} ${JSON.stringify(issue.input)}; ${/^[aeiou]/.test(field) ? 'an' : 'a'} ${field} is ${words}`) });
}

const ksbItemSchema = z.strictObject(
  {
    code: text('code').check(z.regex(KSB_CODE, 'has a code that is not only letters, digits, dots and hyphens (e.g. "S2" or "P-K3")')),
    kind: oneOf('kind', KSB_KINDS),
    title: text('title').check(z.maxLength(200, 'has a title longer than 200 characters')),
    description: z.optional(text('description')),
    /** The scoring axis the KSB mostly shows up on; without one, a scenario's tag alone never counts it as evidenced. */
    axis: z.optional(oneOf('axis', AXES)),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys) : 'is not an object with a code, kind and title') },
);

const ksbCatalogueSchema = z
  .strictObject(
    {
      format: z.literal(KSB_CATALOGUE_FORMAT, { error: `is not marked as a KSB list: it needs "format": "${KSB_CATALOGUE_FORMAT}"` }),
      version: z.number({ error: (issue) => (issue.input === undefined ? 'has no version' : 'has a version that is not a number') }).check(z.int('has a version that is not a whole number'), z.minimum(1, 'has a version below 1')),
      /** The standard's name, printed on witness records. */
      standard: text('standard name').check(z.maxLength(200, 'has a standard name longer than 200 characters')),
      /** The standard's reference, e.g. "ST0314", printed on witness records beside its name. */
      reference: text('reference (e.g. "ST0314")').check(z.maxLength(40, 'has a reference longer than 40 characters')),
      items: z.array(ksbItemSchema, { error: (issue) => (issue.input === undefined ? 'has no "items" (the KSBs)' : '"items" is not a list') }).check(z.minLength(1, 'has no KSBs in "items"')),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys) : 'is not a JSON object') },
  )
  .check(
    z.superRefine((catalogue, context) => {
      const first = new Map<string, number>();
      catalogue.items.forEach((item, i) => {
        const earlier = first.get(item.code);
        if (earlier !== undefined) context.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `has the same code as KSB ${earlier + 1}` });
        else first.set(item.code, i);
      });
    }),
  );

function unknownFields(keys: readonly string[]): string {
  return `has ${keys.length === 1 ? 'a field' : 'fields'} a KSB list does not have: ${keys.map((k) => JSON.stringify(k)).join(', ')}`;
}

export type KsbCatalogue = z.infer<typeof ksbCatalogueSchema>;
type KsbItem = KsbCatalogue['items'][number];

export class KsbCatalogueError extends Error {
  override name = 'KsbCatalogueError';
}

/** `problems` has at least one sentence, one per thing wrong: the list's own fields first, then each KSB in order. */
export type KsbListReading = { kind: 'ok'; list: KsbCatalogue } | { kind: 'invalid'; problems: readonly string[] };

/** Checks a KSB list that is already JSON; each problem names what is wrong, in a sentence. */
export function checkKsbCatalogue(input: unknown): KsbListReading {
  const result = ksbCatalogueSchema.safeParse(input);
  if (result.success) return { kind: 'ok', list: result.data };
  return { kind: 'invalid', problems: [...result.error.issues].sort((a, b) => issueOrder(a.path) - issueOrder(b.path)).map((issue) => describeKsbListIssue(input, issue)) };
}

/** The list's own fields first, then the KSBs in file order (sort is stable within one KSB). */
function issueOrder(path: readonly PropertyKey[]): number {
  return path[0] === 'items' && typeof path[1] === 'number' ? path[1] + 1 : 0;
}

/** All of a reading's problems as one paragraph, for a build error or a log line. */
export function ksbListProblemsText(problems: readonly string[]): string {
  return problems.join(' ');
}

/** Reads a KSB list file as text: strict JSON (no key twice; one byte-order mark allowed), then the schema. */
export function readKsbListFile(text: string): KsbListReading {
  const json = parseStrictJson(text);
  if (!json.ok) return { kind: 'invalid', problems: [`The file is not valid JSON at line ${json.line}, column ${json.column}: ${json.problem}.`] };
  return checkKsbCatalogue(json.value);
}

/** Validates a KSB list once, where it enters; throws, naming the entry, if it is not valid. */
export function parseKsbCatalogue(input: unknown, source = 'ksbs.json'): KsbCatalogue {
  const reading = checkKsbCatalogue(input);
  if (reading.kind === 'ok') return reading.list;
  throw new KsbCatalogueError(`${source} is not a valid KSB list: ${ksbListProblemsText(reading.problems)}`);
}

export function ksbCodes(catalogue: KsbCatalogue): ReadonlySet<string> {
  return new Set(catalogue.items.map((item) => item.code));
}

export function findKsb(catalogue: KsbCatalogue, code: string): KsbItem | undefined {
  return catalogue.items.find((item) => item.code === code);
}
