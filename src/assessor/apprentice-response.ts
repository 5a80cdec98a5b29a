/** The apprentice's side of a witness record: that they read it, and what they said about it. */
export interface ApprenticeResponse {
  acknowledged: boolean;
  comments: string;
}

/** The response in words, the same on screen and on paper. Records from before it was asked say so. */
export function apprenticeText(response: ApprenticeResponse | undefined): string {
  if (!response) return 'The apprentice’s response was not asked for (the record predates it).';
  const read = response.acknowledged ? 'The apprentice has read this record.' : 'The apprentice has not confirmed reading this record.';
  return response.comments ? `${read} Their comments: “${response.comments}”` : `${read} No comments.`;
}
