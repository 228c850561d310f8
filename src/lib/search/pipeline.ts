/**
 * The search pipeline: analyse the query, ask the search engine (Pagefind in the browser), relax
 * the query when the full one finds too little, and rank. Pure: the engine is passed in, so the
 * same code runs in the dialog, on the home page, in unit tests and in the relevance suite.
 */
import { analyzeQuery, compileThesaurus, suggestQueries, type QueryAnalysis, type QueryUnit, type Thesaurus } from './analyze.ts';
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

/**
 * The search engine the pipeline drives (Pagefind's JS API, or a fake in tests). Calls take
 * batches, so a driver in another context (the relevance suite) needs one round trip per step.
 */
export interface SearchEngine {
	/** For each term: the pages matching all its words, with Pagefind's score. */
	search(terms: string[], filters?: SearchFilterChoice): Promise<EngineHit[][]>;
	/** The display data of pages found by {@link search}, in the order asked. */
	load(ids: string[]): Promise<PageData[]>;
	/**
	 * URL and title of a page without loading it (from a build-time list), or undefined when
	 * unknown. Optional: without it, the pages to rank are loaded.
	 */
	describe?(id: string): { url: string; title: string } | undefined;
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
	/** True when fewer than a handful of pages match every unit, so pages matching part of the query are listed. */
	relaxed: boolean;
	/** "Maksud Anda" queries in the site's words. */
	suggestions: string[];
}

export interface SearchOptions {
	filters?: SearchFilterChoice;
	/** Results to load and return. Default 10. */
	limit?: number;
	/** Fewer pages than this matching the whole query make the outcome "relaxed". Default 5. */
	handful?: number;
	/** URL of the glossary: first for definition questions, never in the top three otherwise. */
	glossaryUrl?: string;
	/**
	 * Load excerpts and sections (default true). With false, results carry an empty excerpt when
	 * the engine can describe pages, so a list can be shown at once and filled in afterwards.
	 */
	excerpts?: boolean;
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

/** Pages matching any term of each unit: best score per page. One batch for all units, one more for typo retries. */
async function unitHits(units: QueryUnit[], engine: SearchEngine, filters?: SearchFilterChoice): Promise<Map<string, number>[]> {
	const terms = units.flatMap((u) => u.terms);
	const lists = await engine.search(terms, filters);
	let at = 0;
	const out = units.map((u) => {
		const hits = new Map<string, number>();
		for (const list of lists.slice(at, (at += u.terms.length))) for (const h of list) hits.set(h.id, Math.max(hits.get(h.id) ?? 0, h.score));
		return hits;
	});
	// A typo in a long word still shares its beginning with the right word; Pagefind matches prefixes.
	const retry = units.map((u, i) => ({ i, own: u.terms.at(-1)! })).filter(({ i, own }) => out[i]!.size === 0 && !own.includes(' ') && own.length >= 6);
	if (retry.length) {
		const again = await engine.search(retry.map(({ own }) => own.slice(0, Math.max(4, own.length - 3))), filters);
		retry.forEach(({ i }, k) => again[k]!.forEach((h) => out[i]!.set(h.id, h.score)));
	}
	return out;
}

/** Share of a unit's weight a page gets just for matching it; the rest follows its Pagefind score for the unit. */
const SCORE_FLOOR = 0.2;

/**
 * Merges per-unit results: a page's value is the sum, over the units it matches, of the unit's
 * rarity (rare terms say more about a page), times the number of the reader's words the unit
 * stands for (1 when not given), scaled by its Pagefind score for that unit. So pages matching more of the query come first, then the better-scored ones.
 */
export function mergeUnitHits(perUnit: Map<string, number>[], pageCount: number, words?: readonly number[]): Scored[] {
	const pages = new Map<string, Scored>();
	for (const [u, hits] of perUnit.entries()) {
		if (hits.size === 0) continue;
		// A unit that stands for several of the reader's words ("salah upload", "typo … terlanjur")
		// is that much more of the query: weight it by the words it covers.
		const rarity = Math.log(1 + pageCount / hits.size) * (words?.[u] ?? 1);
		const best = Math.max(...hits.values()) || 1;
		for (const [id, score] of hits) {
			const page = pages.get(id) ?? { id, value: 0, matched: 0 };
			page.value += rarity * (SCORE_FLOOR + (1 - SCORE_FLOOR) * (score / best));
			page.matched += 1;
			pages.set(id, page);
		}
	}
	return [...pages.values()].sort((a, b) => b.value - a.value || b.matched - a.matched);
}

/** Words of a title, cut to five letters so "unggahan" meets "unggah" (a cheap stand-in for stemming). */
const stems = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => w.slice(0, 5)));

/**
 * How much of the query names the page in its title, or asks for the section the page is in
 * ("sop" and an SOP page): a page about the thing beats one that mentions it. Each unit counts
 * with its weight (default 1): with rarity weights, a title naming the query's distinctive
 * concept outweighs one that only shares its common words ("akun", "resmi").
 * @param weights per unit, in the order of `analysis.units`; 1 each when left out
 */
export function titleMatches(title: string, analysis: QueryAnalysis, url = '', weights?: readonly number[]): number {
	const words = stems(title);
	return analysis.units.reduce(
		(sum, u, i) =>
			(u.section !== undefined && url.startsWith(u.section)) || [...u.terms, u.source].some((t) => t.split(' ').every((w) => words.has(w.slice(0, 5))))
				? sum + (weights?.[i] ?? 1)
				: sum,
		0
	);
}

/**
 * Weight of each unit for the title lift: its rarity across the site, relative to the rarest
 * unit of the query (1), so common words lift a title less than the query's distinctive concept.
 */
export function unitWeights(perUnit: readonly Map<string, number>[], pageCount: number): number[] {
	const rarity = perUnit.map((hits) => (hits.size ? Math.log(1 + pageCount / hits.size) : 0));
	const top = Math.max(...rarity, 0) || 1;
	return rarity.map((r) => r / top);
}

/** Extra weight per unit named in a page's title (or per section asked for). */
const TITLE_BOOST = 0.35;
/** Pages loaded beyond the ones shown, so titles and the glossary rule can reorder the top. */
const WINDOW = 20;

/**
 * Final order of the loaded results: title matches lift a page, and the glossary goes first
 * for definition questions and below the third place otherwise.
 */
export function arrange<T extends { url: string; title: string; value: number }>(items: T[], analysis: QueryAnalysis, glossaryUrl?: string, weights?: readonly number[]): T[] {
	const boosted = items
		.map((item, index) => ({ item, index, key: item.value * (1 + TITLE_BOOST * titleMatches(item.title, analysis, item.url, weights)) }))
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
	const { filters, limit = 10, handful = 5, glossaryUrl, excerpts = true } = options;
	const analysis = analyzeQuery(raw, thesaurus);
	const suggestions = suggestQueries(analysis);
	const { units } = analysis;
	if (units.length === 0) return { analysis, results: [], total: 0, relaxed: false, suggestions };

	// Each unit is searched on its own (Pagefind ANDs the words of one search, so one word a
	// page does not use would hide it) and the results are merged by how much of the query a
	// page covers. Pages covering every unit are what the full query would find; when there are
	// fewer than a handful of them, the outcome is marked as relaxed.
	const perUnit = await unitHits(units, engine, filters);
	const scored = mergeUnitHits(perUnit, engine.pageCount, units.map((u) => u.source.split(' ').length));
	const weights = unitWeights(perUnit, engine.pageCount);
	const best = scored[0]?.value || 1;
	for (const s of scored) s.value /= best;
	const relaxed = units.length > 1 && scored.filter((s) => s.matched === units.length).length < handful;
	const window = scored.slice(0, Math.max(limit, WINDOW));
	const described = engine.describe ? window.map((s) => engine.describe!(s.id)) : [];
	let results: RankedResult[];
	if (described.length > 0 && described.every((d) => d !== undefined)) {
		// Rank from the build-time titles; load only the pages shown.
		const ranked = arrange(
			window.map((s, i) => ({ ...described[i]!, id: s.id, matched: s.matched, value: s.value, excerpt: '', sections: [] as PageData['sections'] })),
			analysis,
			glossaryUrl,
			weights
		).slice(0, limit);
		const data = excerpts ? await engine.load(ranked.map((r) => r.id)) : [];
		results = ranked.map(({ value: _value, ...rest }, i) => ({ ...rest, ...(data[i] ? { excerpt: data[i].excerpt, sections: data[i].sections } : {}) }));
	} else {
		const data = await engine.load(window.map((s) => s.id));
		const loaded = window.map((s, i) => ({ ...data[i]!, id: s.id, matched: s.matched, value: s.value }));
		results = arrange(loaded, analysis, glossaryUrl, weights)
			.slice(0, limit)
			.map(({ value: _value, ...rest }) => rest);
	}
	return { analysis, results, total: scored.length, relaxed, suggestions };
}
