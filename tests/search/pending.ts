import type { RelevanceCase } from './types.ts';

/**
 * Queries for pages that are being written on another branch. A case here counts only when
 * its page exists in the build (the relevance spec skips it otherwise), so it joins the
 * held-out score automatically once the page is merged. Same rule as held-out.ts: no thesaurus
 * entry or alias may be added for these queries.
 */
export const PENDING: RelevanceCase[] = [
	{ category: 'krisis', query: 'akun palsu mengatasnamakan bupati', expect: ['/krisis/akun-palsu/'] },
	{ category: 'krisis', query: 'ada ig fake pakai logo dinas minta transfer uang', expect: ['/krisis/akun-palsu/'] },
	{ category: 'krisis', query: 'cara report akun yang meniru akun resmi kami', expect: ['/krisis/akun-palsu/'] },
	{ category: 'krisis', query: 'penipuan pakai nama kepala dinas lewat wa', expect: ['/krisis/akun-palsu/'] },
];
