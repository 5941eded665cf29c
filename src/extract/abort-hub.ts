/**
 * One `abort` listener per AbortSignal, however many calls share it. A
 * caller that hands one signal to 300 concurrent `analyzeResume` calls would
 * otherwise get 300 listeners on it, and Node prints
 * `MaxListenersExceededWarning` on the host's stderr past 10.
 */

type Callback = () => void;

const hubs = new WeakMap<AbortSignal, Set<Callback>>();
const listeners = new WeakMap<Set<Callback>, Callback>();

/**
 * Calls `fn` once when `signal` aborts. Returns the function that removes
 * it; when the last callback of a signal is removed, our one listener is
 * removed too, so nothing of ours stays on a long-lived signal.
 */
export function onAbort(signal: AbortSignal, fn: Callback): () => void {
  let set = hubs.get(signal);
  if (!set) {
    const callbacks = new Set<Callback>();
    const dispatch = (): void => {
      hubs.delete(signal);
      for (const cb of [...callbacks]) {
        try {
          cb();
        } catch {
          /* one caller's cleanup must not stop the others */
        }
      }
      callbacks.clear();
    };
    set = callbacks;
    hubs.set(signal, callbacks);
    listeners.set(callbacks, dispatch);
    signal.addEventListener("abort", dispatch, { once: true });
  }
  const callbacks = set;
  callbacks.add(fn);
  return () => {
    if (!callbacks.delete(fn) || callbacks.size > 0) return;
    const dispatch = listeners.get(callbacks);
    if (dispatch) signal.removeEventListener("abort", dispatch);
    listeners.delete(callbacks);
    if (hubs.get(signal) === callbacks) hubs.delete(signal);
  };
}
