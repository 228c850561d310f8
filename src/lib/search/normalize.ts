/**
 * Turning what a reader typed into comparable words: lower case, no accents or punctuation,
 * stretched letters squeezed ("bangeeet"), reduplication folded ("komen2", "tubi-tubi").
 */

/**
 * Splits a query into normalised words.
 * - lower case, accents removed, anything but letters and digits is a separator;
 * - runs of three or more equal letters become one ("hoaxxx" → "hoax"; "maaf" keeps its "aa");
 * - "kata2" and "kata-kata" become "kata" (Indonesian reduplication marks plural or emphasis).
 * @example normalizeWords('Komen2 netizen yg MARAHHH!!') // ['komen', 'netizen', 'yg', 'marah']
 */
export function normalizeWords(text: string): string[] {
	const folded = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		// "komen2", "anak2nya" → "komen", "anaknya"
		.replace(/([a-z]{2,})2(nya)?\b/g, '$1$2')
		// "kata-kata" → "kata", "bertubi-tubi" → "bertubi"; other hyphens separate words
		.replace(/\b([a-z]+)-([a-z]+)\b/g, (whole, a: string, b: string) => (a.endsWith(b) ? a : whole))
		.replace(/([a-z])\1{2,}/g, '$1');
	return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Prefixes and suffixes tried (one of each) when a word is not known as typed: "dihack" → "hack", "komennya" → "komen". */
const PREFIXES = ['nge', 'di', 'ke', 'ter', 'ng'];
const SUFFIXES = ['nya', 'in', 'kan', 'an'];

/**
 * Candidate base forms of an unknown chat word, most likely first, for looking it up in the
 * thesaurus. Only forms of at least three letters are returned.
 */
export function baseForms(word: string): string[] {
	const out = new Set<string>();
	const stems = [word];
	for (const s of SUFFIXES) if (word.length > s.length + 2 && word.endsWith(s)) stems.push(word.slice(0, -s.length));
	for (const stem of stems) {
		if (stem !== word) out.add(stem);
		for (const p of PREFIXES) if (stem.length > p.length + 2 && stem.startsWith(p)) out.add(stem.slice(p.length));
	}
	return [...out].filter((w) => w.length >= 3);
}

/** Levenshtein distance, capped: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			row.push(v);
			if (v < best) best = v;
		}
		if (best > max) return max + 1;
		prev = row;
	}
	return prev[b.length]!;
}
