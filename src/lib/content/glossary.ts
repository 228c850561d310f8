import { z } from '../zod.ts';

/** One glossary entry (`src/data/glosarium.yaml`). */
export const glossaryTermSchema = z.object({
	/** Anchor on /referensi/glosarium/: lowercase words joined by hyphens. Required, unique. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id harus huruf kecil, angka dan tanda hubung'),
	/** The term as readers write it. Required. */
	term: z.string().min(2),
	/** Other spellings and names people search for (e.g. "hoax" for "hoaks"). Default: none. */
	aka: z.array(z.string().min(1)).default([]),
	/**
	 * Variants this guide does not write in its own text (the chosen term is `term`). The term
	 * lint (tests/unit/term-lint.test.ts) flags them anywhere in the content. Default: none.
	 */
	avoid: z.array(z.string().min(2)).default([]),
	/** Plain-language definition, one to three sentences. Required. */
	definition: z.string().min(30),
	/** The page that discusses the term in depth: a site path ending in "/". Required. */
	see: z.object({ label: z.string().min(2), href: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'href harus jalur situs yang diakhiri /') }),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * Groups terms under their initial letter, both sorted the Indonesian way
 * (case- and accent-insensitive), for the glossary page's A–Z sections.
 * @param terms glossary entries in any order
 * @returns `[letter, terms][]` sorted by letter
 */
export function groupByInitial<T extends { term: string }>(terms: readonly T[]): [string, T[]][] {
	const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
	const sorted = [...terms].sort((a, b) => collator.compare(a.term, b.term));
	const groups = new Map<string, T[]>();
	for (const t of sorted) {
		const initial = t.term.normalize('NFKD').charAt(0).toUpperCase();
		const letter = /[A-Z]/.test(initial) ? initial : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), t]);
	}
	return [...groups];
}
