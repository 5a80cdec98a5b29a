/** The signer must be the witness the record names, on a date between the observation and today. */
export function signingProblem(name: string, signedOn: string, witness: { name: string | null; observedOn: string | null }, today: string): string {
  if (witness.name !== null && name !== witness.name) return `The record names ${witness.name} as the witness; only they can sign it. Type the name exactly as it was given when the observation began.`;
  if (signedOn > today) return 'The date cannot be in the future.';
  if (witness.observedOn !== null && signedOn < witness.observedOn) return 'The date cannot be before the observation.';
  return '';
}
