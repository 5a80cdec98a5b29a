/** A mistake in a scenario's ink that an author must fix, with where it was found. */
export class AuthoringError extends Error {
  constructor(
    readonly scenarioId: string,
    readonly location: string,
    readonly detail: string,
  ) {
    super(`${scenarioId}: ${location}: ${detail}`);
    this.name = 'AuthoringError';
  }
}
