/**
 * Shapes of the search relevance sets (held-out, tuning and pending). See held-out.ts for how
 * the split between the sets is kept.
 */

/** What the query is about; the report gives top-1, top-3 and zero-result rates per category. */
export type Category = 'krisis' | 'sop' | 'templat' | 'alat' | 'pedoman' | 'hukum' | 'definisi';

export const CATEGORIES: Category[] = ['krisis', 'sop', 'templat', 'alat', 'pedoman', 'hukum', 'definisi'];

export interface RelevanceCase {
	/** The query as an admin types it (spelling, chat abbreviations and typos kept). */
	query: string;
	category: Category;
	/** Pages that answer the query; the case passes when one of them is in the top three. */
	expect: string[];
}
