/**
 * Who a result speaks to. The reader's own result speaks to them ("your answers"); a result someone
 * shared speaks to its recipient about the person who answered ("their answers", "this person's
 * result"), never as if the recipient had answered.
 */
export type Audience = 'own' | 'shared';

export interface Voice {
  audience: Audience;
  /** As the subject: "you answered", "they answered". */
  you: string;
  /** As the object: "behind you", "behind them". */
  them: string;
  You: string;
  your: string;
  Your: string;
  are: string;
  have: string;
  /** The start of a result's heading: "Your result is", "This person's result is". */
  resultIs: string;
}

const voices: Record<Audience, Voice> = {
  own: { audience: 'own', you: 'you', them: 'you', You: 'You', your: 'your', Your: 'Your', are: 'are', have: 'have', resultIs: 'Your result is' },
  shared: { audience: 'shared', you: 'they', them: 'them', You: 'They', your: 'their', Your: 'Their', are: 'are', have: 'have', resultIs: "This person's result is" },
};

export const voiceOf = (audience: Audience): Voice => voices[audience];
