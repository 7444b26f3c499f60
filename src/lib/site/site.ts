/** The site's name, used in titles, the header and link previews. */
export const siteName = 'Field guide to self-organizing work groups';

/** The About page's section on privacy: the footer links to it, and search finds it by that word. */
export const privacySection = { page: 'about', id: 'your-answers-stay-with-you', searchWords: 'privacy' } as const;
