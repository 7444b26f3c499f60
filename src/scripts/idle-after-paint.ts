import type { ClientDirective } from 'astro';

/**
 * `client:idle-after-paint`: hydrates as `client:idle` does, but never before the page's first
 * contentful paint has been reported. A browser may run an idle callback before its first paint (the
 * page is idle once parsed), and the island's code then joins what that paint waits on, in a
 * browser and in Lighthouse's simulation alike.
 */
const idleAfterPaint: ClientDirective = (load) => {
  let started = false;
  const hydrate = async () => {
    if (started) return;
    started = true;
    await (await load())();
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(hydrate, { timeout: 2000 }) : setTimeout(hydrate, 200));
  // A safety net: a browser that reports no paint timing (or a tab not painted yet) still hydrates.
  const fallback = setTimeout(whenIdle, 3000);
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    clearTimeout(fallback);
    whenIdle();
  });
  observer.observe({ type: 'paint', buffered: true });
};

export default idleAfterPaint;
