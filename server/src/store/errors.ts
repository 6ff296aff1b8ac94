/** A database that cannot be opened, reached or migrated: `insyn serve` prints it and exits 1. */
export class StoreError extends Error {
  override name = 'StoreError';
}
