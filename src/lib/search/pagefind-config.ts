/**
 * Pagefind settings shared by the search dialog and the relevance suite, so both rank alike.
 * See https://pagefind.app/docs/ranking/ for the meaning of each number.
 */
export const PAGEFIND_RANKING = {
	/** How much a page's length counts against it (default 0.75). Higher keeps long pages such as the glossary from crowding. */
	pageLength: 0.9,
	/** How quickly repeated terms stop adding to a page's score (default 1.4). */
	termSaturation: 1.2,
	/** Weight of term frequency (default 1.0). */
	termFrequency: 1.0,
	/** Preference for exact over prefix matches (default 1.0). */
	termSimilarity: 1.0,
} as const;

/** The glossary answers definition questions ("apa itu …"); see arrange() in pipeline.ts. */
export const GLOSSARY_URL = '/referensi/glosarium/';

/** File under /pagefind/ mapping Pagefind page ids to [url, title] (src/integrations/search-titles.ts). */
export const TITLES_FILE = 'pm-titles.json';

/**
 * Prefixes the dialog preloads after its first search, which loads every chunk of the index.
 * Pagefind matches partial words among the chunks it has loaded, so the relevance suite preloads
 * the same way to rank exactly as the dialog does.
 */
export const PRELOAD_PREFIXES = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
