/** The languages of the pane: French by default, English when Office's display language is English. */
export const Language = ['fr', 'en'] as const;
export type Language = (typeof Language)[number];
