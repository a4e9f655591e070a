// What every page shares: who is signed in, the project's clusters, and the live refresh.
import { toast } from './ui.js';

export const app = {
  session: null,
  organization: null,
  clusters: [],
  /// Whether the signed-in key may call the API operation (the API's own permission table).
  can(operation) { return !!this.session && this.session.operations.includes(operation); },
};

const running = new Map();

/// Calls `refresh` every 1.5 s while it answers true (something shown is still moving) and
/// `anchor`, what it draws into, is still on the page: leaving the page ends it. One loop per
/// `refresh` at a time. A refusal (401, 403, 404) ends it; other failures back off.
export function live(refresh, anchor) {
  if (running.has(refresh)) return;
  running.set(refresh, true);
  let delay = 1500;
  const tick = async () => {
    if (!anchor.isConnected) { running.delete(refresh); return; }
    let again = false;
    try {
      again = await refresh();
      delay = 1500;
    } catch (error) {
      again = ![401, 403, 404].includes(error.status);
      delay = Math.min(delay * 2, 15000);
    }
    if (again && anchor.isConnected) setTimeout(tick, delay);
    else running.delete(refresh);
  };
  setTimeout(tick, delay);
}

/// What a change calls: the page's parts again now, then live until they settle.
export function changed(refresh, anchor) {
  return async () => {
    try { await refresh(); } catch (error) { toast(error.message, 'bad'); }
    live(refresh, anchor);
  };
}
