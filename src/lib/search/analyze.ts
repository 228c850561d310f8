/**
 * From a typed query to the units the search runs on: words are normalised, chat spellings
 * written out, function words dropped, and the reader's vocabulary mapped to the site's through
 * the thesaurus (src/data/search-thesaurus.ts).
 */
import { baseForms, editDistance, normalizeWords } from './normalize.ts';

/** The thesaurus data as written by editors (see src/data/search-thesaurus.ts). */
export interface ThesaurusData {
	spellings: Record<string, string>;
	stopwords: string[];
	definitionCues: string[];
	concepts: { site: string[]; typed: string[]; section?: string }[];
}

/** The thesaurus prepared for lookups; build once with {@link compileThesaurus}. */
export interface Thesaurus {
	spellings: Map<string, string[]>;
	stopwords: Set<string>;
	/** Definition cue phrases, as word lists, longest first. */
	cues: string[][];
	/** Phrase (words joined by one space) → concept index. */
	phrases: Map<string, number>;
	/** Longest phrase, in words. */
	maxPhrase: number;
	concepts: { site: string[]; typed: string[]; section?: string }[];
	/** Single-word phrases, for typo matching. */
	vocabulary: string[];
}

/** One thing the reader asked for: a concept of the thesaurus or a word of their own. */
export interface QueryUnit {
	/** The words as typed (normalised), for messages. */
	source: string;
	/** Pagefind terms; a page matching any of them matches the unit. The first is the main term. */
	terms: string[];
	/** Index of the thesaurus concept, or -1 for a word the thesaurus does not know. */
	concept: number;
	/** URL prefix of the site section the unit asks for (see Concept.section), if any. */
	section?: string;
}

/** What the pipeline understood from a query. */
export interface QueryAnalysis {
	units: QueryUnit[];
	/** True when the reader asks what a word means ("apa itu …", "arti …"). */
	definition: boolean;
	/** The normalised words, spellings written out, before function words were dropped. */
	words: string[];
}

/** Normalises the phrases of the thesaurus and indexes them. Throws when a phrase belongs to two concepts. */
export function compileThesaurus(data: ThesaurusData): Thesaurus {
	const spellings = new Map(Object.entries(data.spellings).map(([k, v]) => [k, normalizeWords(v)]));
	const phrases = new Map<string, number>();
	data.concepts.forEach((concept, index) => {
		for (const phrase of [...concept.site, ...concept.typed]) {
			const key = normalizeWords(phrase).join(' ');
			const other = phrases.get(key);
			if (other !== undefined && other !== index) {
				throw new Error(`Tesaurus pencarian: "${phrase}" ada di dua konsep (${data.concepts[other]!.site[0]} dan ${concept.site[0]})`);
			}
			phrases.set(key, index);
		}
	});
	const keys = [...phrases.keys()];
	return {
		spellings,
		stopwords: new Set(data.stopwords),
		cues: data.definitionCues.map((c) => normalizeWords(c)).sort((a, b) => b.length - a.length),
		phrases,
		maxPhrase: Math.max(1, ...keys.map((k) => k.split(' ').length)),
		concepts: data.concepts,
		vocabulary: keys.filter((k) => !k.includes(' ') && k.length >= 4),
	};
}

/** The closest single-word phrase of the thesaurus within a typo's distance (1 for short words, 2 from 8 letters), if any. */
export function nearestPhrase(word: string, thesaurus: Thesaurus): string | undefined {
	if (word.length < 5 || /\d/.test(word)) return undefined;
	const max = word.length >= 8 ? 2 : 1;
	let best: string | undefined;
	let bestDistance = max + 1;
	for (const candidate of thesaurus.vocabulary) {
		const d = editDistance(word, candidate, max);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

/**
 * Analyses a query.
 * @example analyzeQuery('cara bales komen netizen yg marah', t).units.map((u) => u.terms[0]) // ['balas', 'komentar', 'warga', 'marah']
 */
export function analyzeQuery(raw: string, thesaurus: Thesaurus): QueryAnalysis {
	const words = normalizeWords(raw).flatMap((w) => thesaurus.spellings.get(w) ?? [w]);
	let definition = false;
	const units: QueryUnit[] = [];
	const add = (source: string, concept: number, own = source) => {
		const existing = concept >= 0 ? units.find((u) => u.concept === concept) : units.find((u) => u.source === source);
		if (existing) {
			if (!existing.source.split(' ').includes(source)) existing.source += ` ${source}`;
			return;
		}
		const site = concept >= 0 ? thesaurus.concepts[concept]!.site.map((s) => normalizeWords(s).join(' ')) : [];
		// The words as typed are searched too: pages may use them as well.
		const terms = [...new Set([...site, own])];
		const section = concept >= 0 ? thesaurus.concepts[concept]!.section : undefined;
		units.push({ source, concept, terms, ...(section ? { section } : {}) });
	};

	for (let i = 0; i < words.length; ) {
		const cue = thesaurus.cues.find((c) => c.every((w, k) => words[i + k] === w));
		if (cue) {
			definition = true;
			i += cue.length;
			continue;
		}
		let matched = 0;
		for (let len = Math.min(thesaurus.maxPhrase, words.length - i); len >= 2; len--) {
			const phrase = words.slice(i, i + len).join(' ');
			const concept = thesaurus.phrases.get(phrase);
			if (concept !== undefined) {
				add(phrase, concept);
				matched = len;
				break;
			}
		}
		if (matched) {
			i += matched;
			continue;
		}
		const word = words[i]!;
		i += 1;
		if (thesaurus.stopwords.has(word)) continue;
		const concept = thesaurus.phrases.get(word) ?? baseForms(word).map((b) => thesaurus.phrases.get(b)).find((c) => c !== undefined);
		if (concept !== undefined) {
			add(word, concept, word);
			continue;
		}
		const near = nearestPhrase(word, thesaurus);
		if (near !== undefined) add(word, thesaurus.phrases.get(near)!, word);
		else add(word, -1, word);
	}
	if (units.length === 0) {
		// Only function words (or only a cue): search what was typed rather than nothing.
		for (const w of words) if (!thesaurus.cues.some((c) => c.length === 1 && c[0] === w)) add(w, -1, w);
	}
	return { units, definition, words };
}

/**
 * "Maksud Anda" suggestions: the query rewritten in the site's words (main term of each concept),
 * and, when it has several units, its most specific units alone. At most `limit`, none equal
 * to what was typed.
 */
export function suggestQueries(analysis: QueryAnalysis, limit = 3): string[] {
	const typed = analysis.units.map((u) => u.source).join(' ');
	const out: string[] = [];
	const push = (q: string) => {
		if (q && q !== typed && q !== analysis.words.join(' ') && !out.includes(q)) out.push(q);
	};
	push(analysis.units.map((u) => u.terms[0]).join(' '));
	if (analysis.units.length > 2) {
		const known = analysis.units.filter((u) => u.concept >= 0);
		if (known.length >= 2) push(known.slice(0, 2).map((u) => u.terms[0]).join(' '));
	}
	for (const u of analysis.units) if (u.concept >= 0) push(u.terms[0]!);
	return out.slice(0, limit);
}
