/**
 * What went wrong talking to an LRS, in words a trainer can act on, and whether trying again later
 * could help. A refusal of the statements themselves or of the key will not mend itself by waiting.
 */
export class LrsError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export function lrsErrorFor(status: number | null, detail = ''): LrsError {
  const more = detail ? ` (${detail.slice(0, 200)})` : '';
  if (status === null) return new LrsError('Could not reach the learning record store: this device may be offline, or the address may be wrong.', null, true);
  if (status === 401 || status === 403) return new LrsError(`The learning record store did not accept the key and secret (${status}). Check them in Settings.`, status, false);
  if (status === 404) return new LrsError('Nothing answered at that address as a learning record store (404). Check the endpoint; it usually ends in /xapi/.', status, false);
  if (status === 409) return new LrsError(`The learning record store already holds a different statement with the same id (409)${more}.`, status, false);
  if (status === 400) return new LrsError(`The learning record store refused the statements as invalid (400)${more}.`, status, false);
  if (status === 413) return new LrsError('The learning record store said the statements were too large (413).', status, false);
  if (status === 429) return new LrsError('The learning record store asked us to slow down (429); trying again shortly.', status, true);
  if (status >= 500) return new LrsError(`The learning record store had a problem of its own (${status}); trying again shortly.`, status, true);
  return new LrsError(`The learning record store answered ${status}${more}.`, status, status >= 500);
}
