// What every page shares: who is signed in, the project's clusters, and the live refresh.

export const app = {
  session: null,
  organization: null,
  clusters: [],
  /// Whether the signed-in key may call the API operation (the API's own permission table).
  can(operation) { return !!this.session && this.session.operations.includes(operation); },
};

const timers = new Set();
const running = new Set();
let generation = 0;

/// Calls `refresh` every 1.5 s for as long as it answers true (something on the page is still
/// moving) and the page is still the one shown; once per `refresh` at a time.
export function live(refresh) {
  if (running.has(refresh)) return;
  running.add(refresh);
  const mine = generation;
  const schedule = () => {
    const timer = setTimeout(async () => {
      timers.delete(timer);
      if (mine !== generation) return;
      let again = false;
      try { again = await refresh(); } catch (error) { again = error.status !== 401; }
      if (again && mine === generation) schedule();
      else running.delete(refresh);
    }, 1500);
    timers.add(timer);
  };
  schedule();
}

/// What a change calls: the page's parts again now, then live until they settle.
export function changed(refresh) {
  return async () => { await refresh(); live(refresh); };
}

/// Ends every refresh of the page being left.
export function stopLive() {
  generation++;
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  running.clear();
}
