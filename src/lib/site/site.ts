/** The site's name, used in titles, the header and link previews. */
export const siteName = 'Field guide to self-organizing work groups';
export const siteShortName = 'SOWG field guide';
