type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes. One observer serves
 * every element on the page and is disconnected when the last element stops listening, so a
 * thousand widgets cost one observer and a removed widget leaves nothing behind.
 */
export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}

/** Number of live listeners; lets lifecycle tests prove that nothing leaks. */
export function langListenerCount(): number {
  return listeners.size;
}
