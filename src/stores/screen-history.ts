/**
 * The browser's Back and Forward move between an assessment's screens, as between the pages of a
 * form: each screen the reader moves to is an entry in the tab's history (same address, so a share
 * link's fragment and a reload are untouched: a reload resumes from storage as before).
 */
import { evidenceOf } from '../lib/assessment/scoring.ts';
import type { Screen, Session } from './assessment-session.ts';

const KEY = 'sowgScreen';

/** The screen an entry's state holds for this assessment, if it holds a valid one. */
export function screenFromState(state: unknown, assessment: string): Screen | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const saved = (state as Record<string, unknown>)[KEY] as { assessment?: unknown; screen?: Screen } | undefined;
  const screen = saved?.assessment === assessment ? saved.screen : undefined;
  return screen && typeof screen === 'object' ? normal(screen) : undefined;
}

/** A screen in one spelling (no `fromReview: false`), or undefined when it is none. */
function normal(screen: Screen): Screen | undefined {
  if (screen.name === 'item') return Number.isInteger(screen.index) ? { name: 'item', index: screen.index, ...(screen.fromReview === true && { fromReview: true }) } : undefined;
  return ['intro', 'review', 'result'].includes(screen.name) ? { name: screen.name } : undefined;
}

/**
 * Keeps the tab's history in step with the session's screens; returns what undoes it. `seen`: the
 * screens the reader went through before this was bound (its code loads on their first move),
 * oldest first: each becomes an entry, the first in place of the page's own.
 */
export function bindScreenHistory(session: Session, seen: readonly Screen[] = []): () => void {
  const id = session.definition.id;
  // Other keys of the entry's state (a router's, say) are kept.
  const entry = (screen: Screen) => ({ ...(typeof history.state === 'object' && history.state), [KEY]: { assessment: id, screen } });
  let visiting = false;
  const screens = [...seen, session.$screen.get()].flatMap((screen) => normal(screen) ?? []);
  let last = '';
  for (const screen of screens) {
    const key = JSON.stringify(screen);
    if (key === last) continue;
    if (last) history.pushState(entry(screen), '');
    else history.replaceState(entry(screen), '');
    last = key;
  }
  const stop = session.$screen.listen((screen) => {
    if (visiting || JSON.stringify(screenFromState(history.state, id)) === JSON.stringify(normal(screen))) return;
    history.pushState(entry(screen), '');
  });
  const onPop = (event: PopStateEvent) => {
    const screen = screenFromState(event.state, id);
    if (!screen) return;
    visiting = true;
    try {
      // As far as the answers allow now: a question that exists, a result only above the minimum.
      const last = session.definition.items.length - 1;
      if (screen.name === 'item') session.visit({ ...screen, index: Math.max(0, Math.min(screen.index, last)) });
      else if (screen.name === 'result' && !evidenceOf(session.definition, session.$answers.get()).enough) session.visit({ name: 'review' });
      else session.visit(screen);
    } finally {
      visiting = false;
    }
    // The session may land elsewhere than asked (a result no longer reachable): the entry says where.
    history.replaceState(entry(session.$screen.get()), '');
  };
  addEventListener('popstate', onPop);
  return () => {
    stop();
    removeEventListener('popstate', onPop);
  };
}
