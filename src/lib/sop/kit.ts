/**
 * Paket SOP Instansi: an agency fills its identity once, chooses the SOPs it adopts, renames
 * actors to its own structure and gets every chosen SOP filled and numbered in sequence. The
 * settings live in the browser under {@link KIT_KEY} and export/import as a JSON file, like
 * the builder's drafts. A changed version of an SOP, saved from the builder, is kept in
 * `overrides` and replaces the template in the kit.
 */
import { z } from '../zod.ts';
import { logoSchema, MAX_LOGO_BYTES, sopDocumentSchema } from './schema.ts';

export { MAX_LOGO_BYTES };
import { cleanText, type SopDocument, type SopLogo } from './model.ts';

/** Storage key of the kit's settings. */
export const KIT_KEY = 'pedoman:sop-paket';
/** `format` of an exported settings file. */
export const KIT_FORMAT = 'pedoman-medsos/sop-paket';
export const KIT_VERSION = 1;
/** Default numbering pattern. */
export const DEFAULT_PATTERN = '{nomor}/SOP-MEDSOS/{tahun}';

const text = (max = 300) => z.string().max(max).default('');


/** The kit's settings. */
export const kitSchema = z.object({
	agency: text(),
	unit: text(),
	address: text(500),
	/** Name of the region, used in the decree ("Kabupaten Contoh"). */
	region: text(),
	logo: logoSchema.optional(),
	approver: z.object({ position: text(), name: text(), nip: text(40) }).default({ position: '', name: '', nip: '' }),
	/** Tanggal efektif (and pembuatan) of every SOP, YYYY-MM-DD. */
	effective: text(10),
	/** Numbering pattern with {nomor} and {tahun}. */
	pattern: text(120).default(DEFAULT_PATTERN),
	/** Number of the first SOP in the kit. */
	firstNumber: z.number().int().min(1).max(9999).default(1),
	/** Slugs of the chosen SOPs, in catalogue order. */
	chosen: z.array(z.string().max(100)).max(100).default([]),
	/** Actor renames: template actor name → the agency's own name. */
	renames: z.record(z.string().max(200), z.string().max(200)).default({}),
	/** Changed versions from the builder, by slug. */
	overrides: z.record(z.string().max(100), sopDocumentSchema).default({}),
});
export type KitSettings = z.infer<typeof kitSchema>;

/** Settings of a kit nobody has touched. */
export function emptyKit(): KitSettings {
	return kitSchema.parse({});
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads stored settings; anything unreadable gives `null`. */
export function readKit(raw: unknown): KitSettings | null {
	const result = kitSchema.safeParse(raw);
	return result.success ? result.data : null;
}

/** The kit's settings as kept in storage, with the time they were saved (to notice newer settings from another tab). */
export interface StoredKit {
	kit: KitSettings;
	savedAt: number;
}

/** Reads the stored value of {@link KIT_KEY}; anything unreadable gives `null`. */
export function readStoredKit(raw: unknown): StoredKit | null {
	if (!raw || typeof raw !== 'object' || !('kit' in raw)) return null;
	const { kit, savedAt } = raw as { kit: unknown; savedAt?: unknown };
	const settings = readKit(kit);
	return settings ? { kit: settings, savedAt: typeof savedAt === 'number' ? savedAt : 0 } : null;
}

/** The settings as an export file. */
export function exportKit(kit: KitSettings, now: Date): string {
	return JSON.stringify({ format: KIT_FORMAT, version: KIT_VERSION, exportedAt: now.toISOString(), paket: kit }, null, 2);
}

/** Reads an export file, with an Indonesian message when it cannot be used. */
export function parseKitFile(textContent: string): Result<KitSettings> {
	let data: unknown;
	try {
		data = JSON.parse(textContent);
	} catch {
		return { ok: false, message: 'Berkas ini bukan JSON yang valid. Pilih berkas hasil "Ekspor pengaturan".' };
	}
	const d = (data ?? {}) as Record<string, unknown>;
	if (d.format !== KIT_FORMAT) return { ok: false, message: 'Berkas ini bukan pengaturan Paket SOP dari Pedoman Medsos.' };
	if (typeof d.version !== 'number' || d.version > KIT_VERSION) return { ok: false, message: 'Versi berkas pengaturan tidak dikenali. Muat ulang halaman lalu coba lagi.' };
	const kit = readKit(d.paket);
	return kit ? { ok: true, value: kit } : { ok: false, message: 'Isi berkas pengaturan tidak lengkap atau rusak.' };
}

/**
 * The SOP number for position `n` of the kit: `{nomor}` and `{tahun}` in the pattern are
 * replaced; a pattern without `{nomor}` gets the number in front.
 * @example formatSopNumber('{nomor}/SOP-MEDSOS/{tahun}', 3, '2027') → '3/SOP-MEDSOS/2027'
 */
export function formatSopNumber(pattern: string, n: number, year: string): string {
	const p = pattern.trim() || DEFAULT_PATTERN;
	const withNumber = p.includes('{nomor}') ? p : `{nomor}/${p}`;
	return withNumber.replaceAll('{nomor}', String(n)).replaceAll('{tahun}', year || '[TAHUN]');
}

/** Names of all actors in some SOPs, each once, in first-seen order (for the rename form). */
export function actorNames(docs: readonly SopDocument[]): string[] {
	return [...new Set(docs.flatMap((d) => d.actors.map((a) => a.name.trim())))];
}

/** One SOP of the kit, filled in. */
export interface KitItem {
	slug: string;
	/** Position in the kit, from `firstNumber`. */
	n: number;
	doc: SopDocument;
	/** Whether the builder's changed version was used. */
	changed: boolean;
}

/**
 * Fills the chosen SOPs with the agency's identity, numbers them in sequence and renames
 * actors. A changed version from the builder replaces the template but still gets the
 * kit's identity and number.
 * @param templates every SOP by slug (catalogue order decides the numbering)
 */
export function applyKit(kit: KitSettings, templates: readonly { slug: string; doc: SopDocument }[]): KitItem[] {
	const year = /^\d{4}/.exec(kit.effective)?.[0] ?? '';
	const rename = (name: string) => {
		const to = kit.renames[name.trim()]?.trim();
		return to || name;
	};
	const chosen = templates.filter((t) => kit.chosen.includes(t.slug));
	return chosen.map((t, i) => {
		const base = kit.overrides[t.slug] ?? t.doc;
		const doc: SopDocument = {
			...structuredClone(base),
			agency: kit.agency.trim() || base.agency,
			unit: kit.unit.trim() || base.unit,
			number: formatSopNumber(kit.pattern, kit.firstNumber + i, year),
			created: kit.effective || base.created,
			effective: kit.effective || base.effective,
			approver: {
				position: kit.approver.position.trim() || base.approver.position,
				name: kit.approver.name.trim() || base.approver.name,
				nip: kit.approver.nip.trim() || base.approver.nip,
			},
			actors: base.actors.map((a) => ({ ...a, name: rename(a.name) })),
		};
		if (kit.logo) doc.logo = kit.logo as SopLogo;
		return { slug: t.slug, n: kit.firstNumber + i, doc, changed: Boolean(kit.overrides[t.slug]) };
	});
}

/** File name of an SOP in the ZIP: "03-SOP-perencanaan-konten.docx". */
export function kitFileName(item: KitItem, width = 2): string {
	return `${String(item.n).padStart(width, '0')}-SOP-${item.slug}.docx`;
}

/** What a kit still lacks before it can be signed (shown before the download, not blocking it). */
export function kitGaps(kit: KitSettings): string[] {
	const gaps: string[] = [];
	if (!kit.agency.trim()) gaps.push('nama instansi');
	if (!kit.unit.trim()) gaps.push('nama unit kerja');
	if (!kit.approver.position.trim()) gaps.push('jabatan pejabat pengesah');
	if (!kit.approver.name.trim()) gaps.push('nama pejabat pengesah');
	if (!/^\d{18}$/.test(kit.approver.nip.replace(/\s/g, ''))) gaps.push('NIP pejabat (18 angka)');
	if (!/^\d{4}-\d{2}-\d{2}$/.test(kit.effective)) gaps.push('tanggal efektif');
	return gaps;
}

/** The sentence under "Unduh paket": what is still missing, or that the kit is complete. */
export function kitGapsText(kit: KitSettings): string {
	const gaps = kitGaps(kit);
	return gaps.length
		? `Belum diisi: ${gaps.join(', ')}. Paket tetap dapat diunduh; bagian yang kosong tampil sebagai isian kuning.`
		: `${kit.chosen.length} SOP dipilih; identitas lengkap.`;
}

/**
 * Checks a logo file before it is kept: PNG, JPEG or SVG by its first bytes (not its name),
 * at most {@link MAX_LOGO_BYTES}.
 * @returns the format, or an Indonesian message
 */
export function checkLogo(bytes: Uint8Array): Result<SopLogo['type']> {
	if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: `Logo terlalu besar (${Math.ceil(bytes.length / 1024)} KB). Paling besar ${MAX_LOGO_BYTES / 1000} KB; perkecil dulu gambarnya.` };
	if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return { ok: true, value: 'png' };
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, value: 'jpg' };
	const head = new TextDecoder().decode(bytes.slice(0, 1024)).trimStart();
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head)) {
		const all = new TextDecoder().decode(bytes);
		if (/<script|\bon\w+\s*=|javascript:/i.test(all)) return { ok: false, message: 'Logo SVG ini memuat skrip. Simpan ulang sebagai PNG.' };
		return { ok: true, value: 'svg' };
	}
	return { ok: false, message: 'Logo harus berupa berkas PNG, JPEG atau SVG.' };
}

/** Plain text of a field, trimmed, or the placeholder when empty. */
export const orPlaceholder = (value: string, placeholder: string) => cleanText(value).trim() || placeholder;
