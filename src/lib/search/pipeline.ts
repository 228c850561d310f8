/**
 * The search pipeline: analyse the query, ask the search engine (Pagefind in the browser), relax
 * the query when the full one finds too little, and rank. Pure: the engine is passed in, so the
 * same code runs in the dialog, on the home page, in unit tests and in the relevance suite.
 */
import { analyzeQuery, compileThesaurus, suggestQueries, type QueryAnalysis, type Thesaurus } from './analyze.ts';
import { CONCEPTS, DEFINITION_CUES, SPELLINGS, STOPWORDS } from '../../data/search-thesaurus.ts';

/** Filter name → chosen values, as Pagefind takes them (`{ Jenis: ['Krisis'] }`). */
export type SearchFilterChoice = Record<string, string[]>;

/** One page found by the engine for one term. */
export interface EngineHit {
	id: string;
	score: number;
}

/** What a page shows in the results. */
export interface PageData {
	url: string;
	title: string;
	/** Pagefind excerpt: HTML-escaped text with `<mark>` around matched words. */
	excerpt: string;
	/** Sections of the page that matched (headings with anchors). */
	sections: { title: string; url: string; excerpt: string }[];
}

/** The search engine the pipeline drives (Pagefind's JS API, or a fake in tests). */
export interface SearchEngine {
	/** Pages matching all words of `term`, with Pagefind's score. */
	search(term: string, filters?: SearchFilterChoice): Promise<EngineHit[]>;
	/** The display data of a page found by {@link search}. */
	load(id: string): Promise<PageData>;
	/** Number of indexed pages, for weighting rare terms. */
	pageCount: number;
}

/** A ranked result. */
export interface RankedResult extends PageData {
	id: string;
	/** How many of the query's units (concepts or own words) the page matched. */
	matched: number;
}

export interface SearchOutcome {
	analysis: QueryAnalysis;
	results: RankedResult[];
	/** Total pages found (only the first `limit` are loaded). */
	total: number;
	/** True when the full query found fewer than a handful of pages and relaxed queries were merged in. */
	relaxed: boolean;
	/** "Maksud Anda" queries in the site's words. */
	suggestions: string[];
}

export interface SearchOptions {
	filters?: SearchFilterChoice;
	/** Results to load and return. Default 10. */
	limit?: number;
	/** Fewer results than this from the full query trigger relaxed queries. Default 5. */
	handful?: number;
	/** URL of the glossary: first for definition questions, never in the top three otherwise. */
	glossaryUrl?: string;
}

let defaultThesaurus: Thesaurus | undefined;
/** The site's thesaurus, compiled once. */
export function siteThesaurus(): Thesaurus {
	defaultThesaurus ??= compileThesaurus({ spellings: SPELLINGS, stopwords: STOPWORDS, definitionCues: DEFINITION_CUES, concepts: CONCEPTS });
	return defaultThesaurus;
}

interface Scored {
	id: string;
	value: number;
	matched: number;
}

/** Pages matching any term of a unit: best score per page. */
async function unitHits(terms: string[], engine: SearchEngine, filters?: SearchFilterChoice): Promise<Map<string, number>> {
	const lists = await Promise.all(terms.map((t) => engine.search(t, filters)));
	const out = new Map<string, number>();
	for (const list of lists) for (const h of list) out.set(h.id, Math.max(out.get(h.id) ?? 0, h.score));
	if (out.size === 0) {
		// A typo in a long word still shares its beginning with the right word; Pagefind matches prefixes.
		const own = terms.at(-1)!;
		if (!own.includes(' ') && own.length >= 6) for (const h of await engine.search(own.slice(0, Math.max(4, own.length - 3)), filters)) out.set(h.id, h.score);
	}
	return out;
}

/**
 * Merges per-unit results: a page's value is the sum, over the units it matches, of the unit's
 * rarity (rare terms say more about a page) scaled between 0.5 and 1 by its Pagefind score for
 * that unit. So pages matching more of the query come first, then the better-scored ones.
 */
export function mergeUnitHits(perUnit: Map<string, number>[], pageCount: number): Scored[] {
	const pages = new Map<string, Scored>();
	for (const hits of perUnit) {
		if (hits.size === 0) continue;
		const rarity = Math.log(1 + pageCount / hits.size);
		const best = Math.max(...hits.values()) || 1;
		for (const [id, score] of hits) {
			const page = pages.get(id) ?? { id, value: 0, matched: 0 };
			page.value += rarity * (0.5 + 0.5 * (score / best));
			page.matched += 1;
			pages.set(id, page);
		}
	}
	return [...pages.values()].sort((a, b) => b.value - a.value || b.matched - a.matched);
}

/** Words of a title, cut to five letters so "unggahan" meets "unggah" (a cheap stand-in for stemming). */
const stems = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => w.slice(0, 5)));

/** How many units name the page in its title: a page about the thing beats one that mentions it. */
export function titleMatches(title: string, analysis: QueryAnalysis): number {
	const words = stems(title);
	return analysis.units.filter((u) => [...u.terms, u.source].some((t) => t.split(' ').every((w) => words.has(w.slice(0, 5))))).length;
}

/**
 * Final order of the loaded results: title matches lift a page, and the glossary goes first
 * for definition questions and below the third place otherwise.
 */
export function arrange<T extends { url: string; title: string; value: number }>(items: T[], analysis: QueryAnalysis, glossaryUrl?: string): T[] {
	const boosted = items
		.map((item, index) => ({ item, index, key: item.value * (1 + 0.35 * titleMatches(item.title, analysis)) }))
		.sort((a, b) => b.key - a.key || a.index - b.index)
		.map((x) => x.item);
	if (!glossaryUrl) return boosted;
	const at = boosted.findIndex((i) => i.url === glossaryUrl);
	if (at < 0) return boosted;
	const [glossary] = boosted.splice(at, 1);
	const place = analysis.definition ? 0 : Math.max(at, Math.min(3, boosted.length));
	boosted.splice(place, 0, glossary!);
	return boosted;
}

/**
 * Runs a query through the whole pipeline.
 * @param raw what the reader typed
 */
export async function searchSite(raw: string, engine: SearchEngine, options: SearchOptions = {}, thesaurus = siteThesaurus()): Promise<SearchOutcome> {
	const { filters, limit = 10, handful = 5, glossaryUrl } = options;
	const analysis = analyzeQuery(raw, thesaurus);
	const suggestions = suggestQueries(analysis);
	const { units } = analysis;
	if (units.length === 0) return { analysis, results: [], total: 0, relaxed: false, suggestions };

	let scored: Scored[];
	let relaxed = false;
	const full = units.length > 1 ? await engine.search(units.map((u) => u.terms[0]).join(' '), filters) : [];
	if (units.length > 1 && full.length >= handful) {
		scored = full.map((h) => ({ id: h.id, value: h.score, matched: units.length }));
		const best = Math.max(...scored.map((s) => s.value)) || 1;
		for (const s of scored) s.value /= best;
	} else {
		relaxed = units.length > 1;
		const perUnit = await Promise.all(units.map((u) => unitHits(u.terms, engine, filters)));
		scored = mergeUnitHits(perUnit, engine.pageCount);
		const best = scored[0]?.value || 1;
		for (const s of scored) s.value /= best;
	}
	// Load a few more than shown, so title matches and the glossary rule can reorder the top.
	const window = scored.slice(0, limit + 4);
	const loaded = await Promise.all(window.map(async (s) => ({ ...(await engine.load(s.id)), id: s.id, matched: s.matched, value: s.value })));
	const results = arrange(loaded, analysis, glossaryUrl)
		.slice(0, limit)
		.map(({ value: _value, ...rest }) => rest);
	return { analysis, results, total: scored.length, relaxed, suggestions };
}
