import { describe, expect, it } from 'vitest';
import { britishSpellings } from '../../helpers/spelling.ts';

describe('britishSpellings', () => {
  it('finds the British forms the editor saw, in any case and inflection', () => {
    const text =
      'Groups organise; self-organising work; the Organisation recognised it; realised, criticise, prioritising, ' +
      'a programme, practising, behaviour, colours, favourite, neighbourhood, labour, honoured, centre, analysed, ' +
      'judgement, learnt, whilst, amongst, labelled, defence, catalogue, sceptical, fulfil, maths, per cent.';
    expect(britishSpellings(text)).toEqual([
      'organise', 'organising', 'Organisation', 'recognised', 'realised', 'criticise', 'prioritising',
      'programme', 'practising', 'behaviour', 'colours', 'favourite', 'neighbourhood', 'labour', 'honoured', 'centre', 'analysed',
      'judgement', 'learnt', 'whilst', 'amongst', 'labelled', 'defence', 'catalogue', 'sceptical', 'fulfil', 'maths', 'per cent',
    ]);
  });

  it('passes American English, and words that only look British', () => {
    const text =
      'Self-organizing groups organize and recognize; the organization realized, criticized and prioritized a program. ' +
      'Practice, practicing, behavior, color, favor, neighbor, labor, honor, center, analyze, analyses, judgment, learned, ' +
      'while, among, towards, labeled, defense, catalog, skeptical, fulfill, math, percent. Also: hour, your, four, tour, ' +
      'emphasis, promise, precise, exercise, advise, surprise, otherwise, televised, called, falling, telling, spelling, dialogue.';
    expect(britishSpellings(text)).toEqual([]);
  });
});
