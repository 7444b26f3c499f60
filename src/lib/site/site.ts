/** The site's name, used in titles, the header and link previews. */
export const siteName = 'Field guide to self-organizing work groups';
/** The essay's thesis with its hedge ("can"), in the guide's words: the home page and the booklet's cover both state it. */
export const thesis = 'Individuals can foster self-organizing work groups, and so can the groups themselves.';

/** The About page's section on privacy: the footer links to it, and search finds it by that word. */
export const privacySection = { page: 'about', id: 'your-answers-stay-with-you', searchWords: 'privacy' } as const;
