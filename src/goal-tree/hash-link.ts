/** `#goal=<id>` links (the `hash-links` option): other parameters in the hash are kept. */

/** The goal in the page address's `#goal=<id>`, if any. */
export function hashGoal(): string | undefined {
  const hash = window.location.hash.replace(/^#/, '');
  if (!hash) return undefined;
  try {
    return new URLSearchParams(hash).get('goal') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Puts the goal in the address; replaceState: no new history entry, no hashchange, no scroll jump. */
export function writeHashGoal(id: string): void {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  params.set('goal', id);
  history.replaceState(history.state, '', `#${params.toString()}`);
}
