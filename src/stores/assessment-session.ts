import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Answers, AssessmentDefinition, OptionId } from '../schemas/assessment.ts';
import { endsRun, evidenceOf } from '../lib/assessment/scoring.ts';
import { encodeProgress, restoreProgress } from '../lib/assessment/saved-progress.ts';
import { encodeSavedOutcome } from '../lib/assessment/saved-outcome.ts';
import { $storageKept, installSafeStorage } from './storage.ts';

/** Where the reader is in an assessment. */
export type Screen =
  | { name: 'intro' }
  /** `fromReview`: the reader came to change one answer and goes back to the review after it. */
  | { name: 'item'; index: number; fromReview?: boolean }
  | { name: 'review' }
  | { name: 'result' };

/**
 * Why the page greets the reader with a notice: what happened to answers saved earlier, or
 * (`unkept`, said once per run) that this browser keeps nothing, so answers last for the visit only.
 */
export type Notice = 'restored' | 'outdated' | 'corrupt' | 'unkept';

export const progressKey = (assessmentId: string) => `sowg:progress:${assessmentId}`;
export const outcomeKey = (assessmentId: string) => `sowg:outcome:${assessmentId}`;
export const historyKey = (assessmentId: string) => `sowg:history:${assessmentId}`;

/**
 * One reader's run through one assessment: answers, screen and notices, kept in the browser.
 * Islands read these stores and call these actions; they hold no state of their own.
 */
export function createSession(definition: AssessmentDefinition) {
  // Before any persistent store exists: storage that is null or throws must not break the run.
  installSafeStorage();
  // listen: false, because another tab's half-finished run must not change this one under the reader.
  const $stored = persistentAtom<string | undefined>(progressKey(definition.id), undefined, { listen: false });
  const $savedOutcome = persistentAtom<string | undefined>(outcomeKey(definition.id), undefined, { listen: false });
  // The reader's earlier results, as stored: read and written by the history store, loaded only when needed.
  const $history = persistentAtom<string | undefined>(historyKey(definition.id), undefined, { listen: false });
  const read = restoreProgress($stored.get(), definition);
  // A run started but never answered has nothing worth greeting the reader about.
  const restored = read.status === 'restored' && Object.keys(read.progress.answers).length === 0 ? { status: 'empty' as const } : read;
  const lastIndex = definition.items.length - 1;

  const $answers = atom<Answers>(restored.status === 'restored' ? restored.progress.answers : {});
  const $screen = atom<Screen>({ name: 'intro' });
  const $notice = atom<Notice | null>(restored.status === 'empty' ? null : restored.status);

  let unkeptSaid = false;
  /** Says once that answers will not be kept, as soon as no other notice is showing. */
  function sayUnkept(): void {
    if (unkeptSaid || $notice.get() !== null) return;
    unkeptSaid = true;
    $notice.set('unkept');
  }
  /** Storage can refuse a write (none at all, full, or blocked): the run goes on in memory for this visit. */
  function write(action: () => void): void {
    let refused = false;
    try {
      action();
    } catch {
      refused = true;
    }
    if (refused || !$storageKept.get()) sayUnkept();
  }
  if (!$storageKept.get()) sayUnkept();

  /** When the current run began: results seen again in one run replace each other in the history. */
  let started = restored.status === 'restored' ? restored.progress.started : undefined;

  if (restored.status === 'restored') {
    const complete = definition.items.every((item) => item.id in restored.progress.answers);
    // A run ended at the first question (not for this reader) resumes there, not at a later question.
    const ended = endsRun(definition, restored.progress.answers);
    // A reader who left on their result comes back to it, not to the list of answers that led there.
    const finished = restored.progress.finished === true && evidenceOf(definition, restored.progress.answers).enough;
    $screen.set(finished ? { name: 'result' } : complete ? { name: 'review' } : { name: 'item', index: ended ? 0 : restored.progress.position });
  } else if (restored.status !== 'empty') {
    // Unusable answers are dropped now, so they can neither be scored nor greet the reader again.
    write(() => $stored.set(undefined));
  }

  function save(): void {
    const screen = $screen.get();
    const position = screen.name === 'item' ? screen.index : lastIndex;
    const finished = screen.name === 'result' ? { finished: true as const } : {};
    write(() =>
      $stored.set(encodeProgress({ assessment: definition.id, version: definition.version, answers: $answers.get(), position, ...finished, ...(started && { started }) })),
    );
  }



  function show(screen: Screen): void {
    // Once the reader moves on, the notice about earlier answers has served its purpose.
    $notice.set(null);
    $screen.set(screen);
  }


  const actions = {
    start(): void {
      $notice.set(null);
      started ??= new Date().toISOString();
      show({ name: 'item', index: 0 });
      save();
    },
    answer(itemId: string, answerId: string): void {
      $notice.set(null);
      $answers.set({ ...$answers.get(), [itemId]: answerId });
      save();
    },
    goTo(index: number, fromReview = false): void {
      show({ name: 'item', index: Math.max(0, Math.min(index, lastIndex)), fromReview });
      save();
    },
    next(): void {
      const screen = $screen.get();
      if (screen.name !== 'item') return;
      // An answer saying the assessment is not for this reader ends the run there (scoring rule 3a).
      if (endsRun(definition, $answers.get())) show({ name: 'result' });
      else show(screen.index >= lastIndex ? { name: 'review' } : { name: 'item', index: screen.index + 1 });
      save();
    },
    /** Returns to a screen the reader saw before (the browser's Back and Forward), checked by the caller. */
    visit(screen: Screen): void {
      show(screen);
      save();
    },
    /** When the current run began (starting it now if it had not): its results share one history entry. */
    run(): string {
      return (started ??= new Date().toISOString());
    },
    back(): void {
      const screen = $screen.get();
      if (screen.name === 'item' && screen.fromReview) show({ name: 'review' });
      else if (screen.name === 'item' && screen.index > 0) show({ name: 'item', index: screen.index - 1 });
      else if (screen.name === 'result' && endsRun(definition, $answers.get())) show({ name: 'item', index: 0 });
      else if (screen.name === 'review' || screen.name === 'result') show({ name: 'item', index: lastIndex });
      else show({ name: 'intro' });
      save();
    },
    review(): void {
      show({ name: 'review' });
      save();
    },
    showResult(): void {
      show({ name: 'result' });
      save();
    },
    /**
     * Keeps the options the shown result points to, for the guide's marker. The result screen calls
     * it: scoring loads with that screen (src/stores/assessment-result.ts), not on the first view.
     */
    keepOutcome(options: readonly OptionId[]): void {
      write(() => $savedOutcome.set(encodeSavedOutcome({ assessment: definition.id, options })));
    },
    dismissNotice(): void {
      $notice.set(null);
    },
    startOver(): void {
      started = undefined;
      $answers.set({});
      $notice.set(null);
      show({ name: 'intro' });
      // After the move, so that a first refusal is said on the intro rather than cleared by the move.
      write(() => {
        $stored.set(undefined);
        $savedOutcome.set(undefined);
      });
    },
  };

  const session = {
    definition,
    $answers,
    $screen,
    $notice,
    $history,
    /** Writes to storage; a refusal is said once (see `write`). */
    keep: write,
    ...actions,
  };
  return session;
}

export type Session = ReturnType<typeof createSession>;

