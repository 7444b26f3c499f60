/**
 * British spellings the site must not show: the essay writes American English, and so does every page.
 * Each pattern matches whole words only, and only forms that American English does not use
 * ("analyses", "practice" and "emphasis" are American too, so they are not here).
 */
const ise = [
  'organis', 'recognis', 'realis', 'criticis', 'prioritis', 'apologis', 'summaris', 'categoris', 'characteris',
  'minimis', 'maximis', 'optimis', 'standardis', 'normalis', 'memoris', 'visualis', 'finalis', 'utilis',
  'familiaris', 'specialis', 'personalis', 'customis', 'authoris', 'capitalis', 'sympathis', 'emphasis',
];
/** analyse, paralysed…; not "analyses", which is also the American plural of "analysis". */
const yse = ['analys', 'paralys', 'catalys'];

const patterns: RegExp[] = [
  // organise, organised, organising, organiser, organisation(s), disorganised, self-organising…
  new RegExp(`\\b\\w*(?:${ise.join('|')})(?:e|es|ed|ing|er|ers|able)\\b`, 'gi'),
  new RegExp(`\\b\\w*(?:${yse.join('|')})(?:e|ed|ing|er|ers)\\b`, 'gi'),
  /\b\w+isations?\b/gi,
  /\b\w*(?:behavio|colo|favo|neighbo|labo|hono|humo|flavo|endeavo|harbo|rumo|savo|vigo|armo|parlo)ur(?:s|ed|ing|ite|ites|able|ful|hood|hoods|ly|er|ers|less)?\b/gi,
  /\bprogrammes?\b/gi,
  /\bpractis(?:e|es|ed|ing)\b/gi,
  /\b(?:centre|theatre|fibre|litre|metre|calibre|sombre|spectre)(?:s|d)?\b/gi,
  /\b(?:judgement|acknowledgement)s?\b/gi,
  /\b(?:learnt|spelt|dreamt|leant)\b/gi,
  /\b(?:whilst|amongst)\b/gi,
  /\b(?:travelled|travelling|traveller|travellers|cancelled|cancelling|labelled|labelling|modelled|modelling|levelled|levelling|signalled|signalling|fuelled|counselling|counsellor|counsellors|marvellous|jewellery)\b/gi,
  /\b(?:defence|offence|licence|pretence)s?\b/gi,
  /\b(?:catalogue|analogue)s?\b/gi,
  /\bsceptic(?:s|al|ism)?\b/gi,
  /\bfulfil(?:s|ment)?\b/gi,
  /\b(?:enrol|enrols|enrolment|instalment|skilful|wilful|focussed|focussing)\b/gi,
  /\bmaths\b/gi,
  /\bper cent\b/gi,
];

/** Every British spelling in a text, as written, in order of appearance. */
export function britishSpellings(text: string): string[] {
  const found: Array<{ index: number; word: string }> = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index ?? 0, word: match[0] });
  }
  return found.sort((a, b) => a.index - b.index).map(({ word }) => word);
}
