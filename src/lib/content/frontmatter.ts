import { z } from '../zod.ts';
import { JENIS, PLATFORMS, TAHAP, type Platform, type Tahap } from './taxonomy.ts';

/** One source a page rests on, listed under "Rujukan". */
export const sourceSchema = z.object({
	/** Title as the reader would look it up, e.g. "Permenpan RB No. 83 Tahun 2012". Required. */
	title: z.string().min(3),
	/** Public address of the source, if it has one. Optional; must be an absolute http(s) URL. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** What the page takes from it, or how sure the fact is. Optional. */
	note: z.string().optional(),
});

/**
 * Fields this guide adds to Starlight's frontmatter. Every field is checked at build time:
 * a wrong value stops the build with the file and the field named.
 */
export const guideFrontmatter = z
	.object({
		/** What the reader gets from the page, 50–220 characters; shown in search results. Required. */
		description: z.string().min(50).max(220),
		/** Kind of page, one of Pedoman · Krisis · SOP · Templat · Alat · Referensi; the `jenis` search filter. Required unless the page is left out of search. */
		jenis: z.enum(JENIS).optional(),
		/** Platforms the page is about (instagram, facebook, x, youtube, tiktok, whatsapp, situs-web). Default: none (general). */
		platform: z.array(z.enum(Object.keys(PLATFORMS) as [Platform, ...Platform[]])).default([]),
		/** Stage the page serves: perencanaan · pelaksanaan · pemantauan · evaluasi, or for crisis pages sebelum · saat · sesudah. Optional. */
		tahap: z.enum(Object.keys(TAHAP) as [Tahap, ...Tahap[]]).optional(),
		/** Date an editor last checked the page against its sources (YYYY-MM-DD). Required. */
		lastReviewed: z.coerce.date(),
		/** Sources listed under "Rujukan", at least one. Required unless the page is left out of search (404, offline page). */
		sources: z.array(sourceSchema).default([]),
		/**
		 * Names that belong to this page only and that its text does not use (a product or a
		 * nickname of one regulation). General vocabulary (loanwords, chat spellings, typos such as
		 * "ig", "di hack", "engagment") goes in the search thesaurus, src/data/search-thesaurus.ts.
		 * Indexed by search, never shown. Default: none.
		 */
		searchAliases: z.array(z.string().min(2)).default([]),
		/** Whether Pagefind indexes the page (Starlight's own field, repeated here so `jenis` can depend on it). Default: true. */
		pagefind: z.boolean().default(true),
	})
	.refine((page) => !page.pagefind || page.jenis !== undefined, {
		message: 'jenis wajib diisi untuk halaman yang masuk pencarian (Pedoman, Krisis, SOP, Templat, Alat, Referensi)',
		path: ['jenis'],
	})
	.refine((page) => !page.pagefind || page.sources.length > 0, {
		message: 'sources wajib berisi minimal satu rujukan untuk halaman yang masuk pencarian',
		path: ['sources'],
	});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
