/**
 * A module fetched the first time it is needed (a view, a feed check, the editors' details), and
 * fetched again on the next call if that fetch failed: a reader who clicks "Försök igen" after a
 * dropped connection gets a new request, not the same rejected promise.
 */
export interface LazyModule<T> {
  /** The module once loaded; undefined before (render a loading state then). */
  readonly module: T | undefined;
  /** The module, loading it on the first call (and on the first call after a failure). */
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let module: T | undefined;
  return {
    get module() {
      return module;
    },
    load() {
      pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
