// The name of the workbook's link to the mentor's reviews, on its own: the shell shows it on
// every page and must not carry the rest of the mentor's words (they load with the mentor's screens).

/** The link at the top of every workbook page that leads to the mentor's reviews. */
export const REVIEWS_NAV = 'Reviews';
