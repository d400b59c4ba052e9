/**
 * A usage problem: the CLI prints it with a hint and exits with code 2.
 *
 * @example
 * throw new UsageError('unknown chart: "pie" (expected one of timeline, …)');
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
