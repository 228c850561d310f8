/**
 * The site's taxonomy: the values a page may declare in its frontmatter and the
 * Indonesian labels shown to readers (sidebar, page meta line, search filters).
 * One list per dimension, so the schema, the page and the search filters agree.
 */

/** Kind of page; becomes the `jenis` search filter. */
export const JENIS = ['Pedoman', 'Krisis', 'SOP', 'Templat', 'Alat', 'Referensi'] as const;
export type Jenis = (typeof JENIS)[number];

/** Platforms a page may be about; keys are the frontmatter values. */
export const PLATFORMS = {
	instagram: 'Instagram',
	facebook: 'Facebook',
	x: 'X (Twitter)',
	youtube: 'YouTube',
	tiktok: 'TikTok',
	whatsapp: 'WhatsApp',
	'situs-web': 'Situs web & Google',
} as const;
export type Platform = keyof typeof PLATFORMS;

/**
 * Stage a page serves. The first four are the stages of managing government social
 * media (Permenpan RB 83/2012); the last three place crisis pages in time.
 */
export const TAHAP = {
	perencanaan: 'Perencanaan',
	pelaksanaan: 'Pelaksanaan',
	pemantauan: 'Pemantauan',
	evaluasi: 'Evaluasi',
	sebelum: 'Sebelum krisis',
	saat: 'Saat krisis',
	sesudah: 'Sesudah krisis',
} as const;
export type Tahap = keyof typeof TAHAP;

/** Names of the search filters as readers see them in the search dialog. */
export const FILTER_NAMES = { jenis: 'Jenis', platform: 'Platform', tahap: 'Tahap' } as const;

/** Search filters of one page, as filter key → values (labels, not keys). */
export type SearchFilters = Record<'jenis' | 'platform' | 'tahap', string[]>;

/**
 * Turns a page's frontmatter into the Pagefind filters it carries.
 * A page without a dimension gets an empty list for it, so it is simply absent from that filter.
 */
export function searchFilters(data: {
	jenis?: Jenis;
	platform?: readonly Platform[];
	tahap?: Tahap;
}): SearchFilters {
	return {
		jenis: data.jenis ? [data.jenis] : [],
		platform: (data.platform ?? []).map((p) => PLATFORMS[p]),
		tahap: data.tahap ? [TAHAP[data.tahap]] : [],
	};
}

/** Dates are formatted in one place: `src/lib/format/date.ts` ("21 November 2026"). */
export { formatDateId } from '../format/date.ts';
