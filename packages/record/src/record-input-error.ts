/** A path the record cannot use: missing, not a directory, unreadable, not a Horseshoe record, or holding no table. */
export class RecordInputError extends Error {
  override readonly name = 'RecordInputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
