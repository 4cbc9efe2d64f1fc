/** MiniSearch options shared by the index built with the site and the browser that loads it (they must match). */
export const SEARCH_OPTIONS = {
  fields: ['title', 'text', 'keywords'],
  storeFields: ['kind', 'title', 'decision', 'source', 'href'],
  searchOptions: { boost: { title: 3, keywords: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' as const },
};
