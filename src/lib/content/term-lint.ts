/**
 * The term lint: finds spellings and term variants this guide does not use, so every page,
 * template and SOP says the same thing the same way. Two sources of rules: the spelling rules
 * below (standard forms, EYD V and KBBI), and the `avoid` lists of the glossary
 * (src/data/glosarium.yaml), which is where each chosen term and its rejected variants live.
 */

/** One rule: text that matches `pattern` should be written as `use`. */
export interface TermRule {
	pattern: RegExp;
	/** The form to write instead. */
	use: string;
}

/** One finding in a text. */
export interface TermFinding {
	/** The text that matched. */
	found: string;
	/** The form to write instead. */
	use: string;
	/** Line number, from 1. */
	line: number;
}

/** Spelling rules that are not glossary terms. */
export const SPELLING_RULES: readonly TermRule[] = [
	{ pattern: /\bterlanjur\b/giu, use: 'telanjur' },
	{ pattern: /\btersandal\b/giu, use: 'tersandung' },
	{ pattern: /\b(?:menginput|diinput|menginputkan|penginputan)\b/giu, use: 'memasukkan (atau mencatat)' },
	{ pattern: /\bonline\b/giu, use: 'daring' },
	{ pattern: /\b\d+\s*[xX]\s*24\s*jam\b/gu, use: '"N × 24 jam" (tanda kali ×, bukan huruf x)' },
];

/** Escapes a literal for use in a regular expression. */
function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rules from the glossary: each `avoid` variant of a term becomes a rule pointing at the term.
 * Spaces in a variant match any run of whitespace; matching ignores case.
 * @param terms glossary entries (only `term` and `avoid` are read)
 */
export function rulesFromGlossary(terms: readonly { term: string; avoid?: readonly string[] }[]): TermRule[] {
	return terms.flatMap((t) =>
		(t.avoid ?? []).map((variant) => ({
			pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
			use: t.term.toLowerCase(),
		}))
	);
}

/**
 * Every finding of the rules in a text, in order of position.
 * @param text the text to check
 * @param rules the rules to apply
 */
export function lintTerms(text: string, rules: readonly TermRule[]): TermFinding[] {
	const findings: (TermFinding & { index: number })[] = [];
	for (const rule of rules) {
		for (const m of text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`))) {
			const index = m.index ?? 0;
			findings.push({ found: m[0], use: rule.use, line: text.slice(0, index).split('\n').length, index });
		}
	}
	return findings.sort((a, b) => a.index - b.index).map(({ index: _index, ...f }) => f);
}
