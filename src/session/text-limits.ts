/**
 * The longest text a person may type into each kind of field. The same numbers cap the schema
 * (so an imported or stored record cannot carry more) and the form (maxlength plus a counter), so
 * nobody types something the record would refuse. Generous: a limit is a guard against a pasted
 * novel or a 10,000-character word, not a word count.
 */
export const TEXT_LIMITS = {
  /** A person's or organisation's name, a role, a setting. */
  name: 100,
  /** A learner's answer to "What would you say?". */
  answer: 2000,
  /** An assessor's notes on one decision. */
  notes: 4000,
  /** The reason for an override. */
  reason: 1000,
} as const;
