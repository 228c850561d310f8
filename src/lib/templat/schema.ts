/**
 * Data format of the reply and statement templates (`src/content/templat/*.yaml`, one file per
 * group). The build checks every field: a misspelt placeholder, a stray brace or a short
 * variant too long for X stops it with the template named.
 */
import { z } from '../zod.ts';
import { PLATFORMS, type Platform } from '../content/taxonomy.ts';
import { findMalformed, isFilled, placeholderNames, fillTemplate } from './placeholders.ts';
import { countCharacters } from './platforms.ts';

/** Lowercase words joined by hyphens: ids and group slugs. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'pakai huruf kecil, angka dan tanda hubung');

/** A site-internal page address with trailing slash and optional anchor, e.g. `/pedoman/interaksi/moderasi/#aturan`. */
const internalHref = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'tautan harus alamat internal yang diakhiri "/", misalnya /pedoman/interaksi/moderasi/');

/** Guidance shown next to one placeholder's field. */
export const placeholderHintSchema = z.object({
	/** Field label. Default: derived from the name (`nama_layanan` → "Nama layanan"). */
	label: z.string().min(2).optional(),
	/** A realistic, obviously fictional example value; shown as a hint and used to check the X length. Optional. */
	example: z.string().min(1).optional(),
	/** Whether the value may span several lines (a textarea instead of a one-line field). Default: false. */
	multiline: z.boolean().default(false),
});

/** A link to the guideline, SOP or crisis page a template belongs to. */
export const relatedLinkSchema = z.object({
	/** Internal address (a planned URL). Required. */
	href: internalHref,
	/** Link text, saying where it leads. Required. */
	label: z.string().min(3),
});

/** Maximum length of the short variant, in code points, with example values filled in (X's limit). */
export const SHORT_LIMIT = 280;

/** One reply or statement template. */
export const templateSchema = z
	.object({
		/** Unique id across all groups; the page anchor and storage key. Required. */
		id: slug,
		/** Heading, written as the situation an admin would search for. 8–90 characters. Required. */
		title: z.string().min(8).max(90),
		/** When to use it: one or two sentences, shown under the heading (and as the search excerpt). Required. */
		whenToUse: z.string().min(20),
		/** When not to use it, and what to do instead. Required. */
		whenNotToUse: z.string().min(20),
		/** The full text with `{placeholders}`. Required. */
		text: z.string().min(20),
		/** The short variant for X (at most 280 characters with the example values). Required. */
		short: z.string().min(10),
		/** Notes per platform (instagram, facebook, x, youtube, tiktok, whatsapp, situs-web). Default: none. */
		platformNotes: z.partialRecord(z.enum(Object.keys(PLATFORMS) as [Platform, ...Platform[]]), z.string().min(10)).default({}),
		/** Links to the related guideline, SOP or crisis pages; at least one. */
		related: z.array(relatedLinkSchema).min(1),
		/** Hints per placeholder name. Default: none (labels derived from the names). */
		placeholders: z.record(z.string(), placeholderHintSchema).default({}),
	})
	.superRefine((t, ctx) => {
		for (const field of ['text', 'short'] as const) {
			for (const bad of findMalformed(t[field])) {
				ctx.addIssue({ code: 'custom', path: [field], message: `${bad.reason} di "…${bad.snippet}…"` });
			}
		}
		const names = placeholderNames(t.text, t.short);
		for (const hinted of Object.keys(t.placeholders)) {
			if (!names.includes(hinted)) {
				ctx.addIssue({ code: 'custom', path: ['placeholders', hinted], message: `placeholder {${hinted}} tidak dipakai di text maupun short` });
			}
		}
		const examples = Object.fromEntries(Object.entries(t.placeholders).map(([name, hint]) => [name, hint.example]));
		const shortLength = countCharacters(fillTemplate(t.short, examples));
		if (shortLength > SHORT_LIMIT) {
			ctx.addIssue({ code: 'custom', path: ['short'], message: `versi X terlalu panjang: ${shortLength} karakter dengan contoh isian (batas ${SHORT_LIMIT})` });
		}
		const unexampled = names.filter((n) => !isFilled(examples[n]));
		if (unexampled.length) {
			ctx.addIssue({ code: 'custom', path: ['placeholders'], message: `beri contoh isian untuk: ${unexampled.map((n) => `{${n}}`).join(', ')}` });
		}
	});

/** A group of templates: one YAML file, rendered on one page. */
export const templateGroupSchema = z
	.object({
		/** Group name, shown as the page's section and in the index. Required. */
		title: z.string().min(3),
		/** One sentence on the situations the group covers. Required. */
		description: z.string().min(30),
		/** Position in the index of all templates (ascending). Required. */
		order: z.number().int().min(0),
		/** Page that renders the group. Default: `/templat/<file name>/`. */
		page: internalHref.optional(),
		/** The templates, in reading order; at least one. */
		templates: z.array(templateSchema).min(1),
	})
	.superRefine((g, ctx) => {
		const seen = new Set<string>();
		g.templates.forEach((t, i) => {
			if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `id "${t.id}" dipakai dua kali` });
			seen.add(t.id);
		});
	});

export type Template = z.infer<typeof templateSchema>;
export type TemplateGroup = z.infer<typeof templateGroupSchema>;
