/**
 * Schema of one SOP file (`src/content/sop/<slug>.yaml`). Field names are English; the
 * comments give the SOP-AP name (Permenpan RB No. 35 Tahun 2012) of each field. A file
 * that breaks a rule stops the build with the file (the entry id) and the step named.
 */
import { z } from '../zod.ts';
import { sourceSchema } from '../content/frontmatter.ts';
import { TAHAP, type Tahap } from '../content/taxonomy.ts';
import { checkFlow } from './flow.ts';
import { LEGAL_BASIS_IDS } from './legal.ts';
import { SYMBOLS } from './model.ts';

/** Limits shared by SOP files and the builder: actors that fit A4 landscape, steps, characters per field. */
export const SOP_LIMITS = { actors: 7, steps: 40, text: 20_000 } as const;
/** Largest logo file accepted, in bytes (the logo is kept in browser storage). */
export const MAX_LOGO_BYTES = 300_000;

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gunakan huruf kecil, angka dan tanda hubung, misalnya "admin-medsos"');
const line = z.string().trim().min(3);

/** Text of a draft field: missing or null becomes empty. */
const draftText = z.preprocess((v) => (v === null || v === undefined ? '' : v), z.string().max(SOP_LIMITS.text));
/** An optional branch of a draft step: empty means none. */
const draftBranch = z.preprocess((v) => (v === null || v === '' ? undefined : v), z.string().max(100).optional());

/**
 * One row of the flowchart as the builder keeps it (texts may still be empty). SOP files use
 * the same shape with stricter rules ({@link stepSchema}).
 */
export const draftStepSchema = z.object({
	id: z.string().min(1).max(100),
	activity: draftText,
	actor: draftText.pipe(z.string().max(100)),
	symbol: z.enum(SYMBOLS),
	next: draftBranch,
	yes: draftBranch,
	no: draftBranch,
	requirements: draftText,
	time: draftText,
	output: draftText,
	notes: draftText,
});

/** A logo kept with a draft or a kit (base64 bytes and natural size). */
export const logoSchema = z.object({
	type: z.enum(['png', 'jpg', 'svg']),
	data: z.string().max(Math.ceil(MAX_LOGO_BYTES / 3) * 4),
	widthPx: z.number().int().min(1).max(10_000),
	heightPx: z.number().int().min(1).max(10_000),
});

const draftList = z.preprocess((v) => v ?? [], z.array(draftText).max(200));

/**
 * A whole SOP document as the builder stores, exports and imports it, and as the kit keeps a
 * changed version. Same limits as SOP files.
 */
export const sopDocumentSchema = z
	.object({
		title: draftText,
		agency: draftText,
		unit: draftText,
		number: draftText,
		created: draftText,
		revised: draftText,
		effective: draftText,
		approver: z.preprocess((v) => v ?? {}, z.object({ position: draftText, name: draftText, nip: draftText })),
		legalBasis: draftList,
		qualifications: draftList,
		related: draftList,
		equipment: draftList,
		warnings: draftList,
		records: draftList,
		actors: z.array(z.object({ id: z.string().min(1).max(100), name: draftText })).min(1).max(SOP_LIMITS.actors),
		steps: z.array(draftStepSchema).max(SOP_LIMITS.steps),
		logo: logoSchema.optional(),
	})
	.superRefine((doc, ctx) => {
		for (const list of ['actors', 'steps'] as const) {
			const ids = doc[list].map((x) => x.id);
			if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: [list], message: 'id ganda' });
		}
	});

/** One executor (pelaksana): a column of the flowchart. */
export const actorSchema = z.object({
	/** Key that steps use in `actor`. Required; lowercase words joined by hyphens. */
	id: key,
	/** Column heading, e.g. "Admin Media Sosial". Required, 3–60 characters. */
	name: line.max(60),
});

/** One row of the flowchart in an SOP file: the builder's step shape with the file's stricter rules. */
export const stepSchema = draftStepSchema.extend({
	/** Key that branches refer to, unique in the file. Required; lowercase words joined by hyphens. */
	id: key,
	/** Kegiatan: an active verb without a subject ("Menyusun …"). Required, 3–400 characters. */
	activity: line.max(400),
	/** Pelaksana: the `id` of an actor in `actors`. Required. */
	actor: key,
	/** Symbol: start (capsule), process (rectangle), decision (diamond), end (capsule), connector (pentagon, off-page). Default: process. */
	symbol: z.enum(SYMBOLS).default('process'),
	/** Next step for start/process/connector steps. Default: the following step in the list. */
	next: key.optional(),
	/** Decision only: step to go to on "Ya". Required for a decision. */
	yes: key.optional(),
	/** Decision only: step to go to on "Tidak". Required for a decision. */
	no: key.optional(),
	/** Mutu Baku — Kelengkapan: documents or inputs at hand. Default: empty. */
	requirements: z.string().trim().default(''),
	/** Mutu Baku — Waktu, e.g. "15 menit", "1 hari kerja". Default: empty. */
	time: z.string().trim().default(''),
	/** Mutu Baku — Output: what the step produces. Default: empty. */
	output: z.string().trim().default(''),
	/** Keterangan: notes, hand-overs, limits. Default: empty. */
	notes: z.string().trim().default(''),
});

/** A whole SOP file. */
export const sopFileSchema = z
	.object({
		/** Nama SOP, e.g. "Perencanaan Konten Media Sosial". Required, 5–100 characters. */
		title: line.min(5).max(100),
		/** Purpose shown in the catalogue: what the SOP secures. Required, 40–300 characters. */
		purpose: line.min(40).max(300),
		/** Page description for search results. Required, 50–220 characters. */
		description: z.string().min(50).max(220),
		/** Stage of management the SOP serves (same values as the docs frontmatter). Optional. */
		tahap: z.enum(Object.keys(TAHAP) as [Tahap, ...Tahap[]]).optional(),
		/** Date the SOP was last checked against its sources (YYYY-MM-DD). Required. */
		lastReviewed: z.coerce.date(),
		/** Order in the sidebar and the catalogue, 1 first. Required. */
		order: z.number().int().min(1),
		/** Nomor SOP pattern with placeholders, e.g. "[NOMOR]/SOP-HUMAS/[TAHUN]". Default: "[NOMOR SOP]". */
		number: z.string().trim().min(1).default('[NOMOR SOP]'),
		/** Dasar Hukum: ids from `src/lib/sop/legal.ts` (no free text, so nothing unchecked slips in). At least one. */
		legalBasis: z.array(z.enum(LEGAL_BASIS_IDS)).min(1),
		/** Kualifikasi Pelaksana. At least one line. */
		qualifications: z.array(line).min(1),
		/** Keterkaitan: slugs of related SOPs in this collection. Default: none. */
		related: z.array(key).default([]),
		/** Peralatan/Perlengkapan. At least one line. */
		equipment: z.array(line).min(1),
		/** Peringatan: what goes wrong if the SOP is not followed. At least one line. */
		warnings: z.array(line).min(1),
		/** Pencatatan dan Pendataan: records kept. At least one line. */
		records: z.array(line).min(1),
		/** Pelaksana, in column order. 1–7 actors (SOP_LIMITS) (more does not fit an A4 landscape page). */
		actors: z.array(actorSchema).min(1).max(SOP_LIMITS.actors),
		/** Steps in table order. 3–40 steps. */
		steps: z.array(stepSchema).min(3).max(SOP_LIMITS.steps),
		/** Further sources for the page's "Rujukan", beyond the legal bases. Default: none. */
		sources: z.array(sourceSchema).default([]),
	})
	.superRefine((sop, ctx) => {
		const seen = new Set<string>();
		sop.actors.forEach((actor, i) => {
			if (seen.has(actor.id)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'id'], message: `Pelaksana ${i + 1}: id "${actor.id}" sudah dipakai.` });
			seen.add(actor.id);
		});
		const name = (i: number) => `Langkah ${i + 1} ("${sop.steps[i]!.id}")`;
		for (const issue of checkFlow(sop.actors, sop.steps, name)) {
			const path = issue.step === undefined ? ['steps'] : issue.field ? ['steps', issue.step, issue.field] : ['steps', issue.step];
			ctx.addIssue({ code: 'custom', path, message: issue.message });
		}
	});

export type SopFile = z.infer<typeof sopFileSchema>;
