/**
 * The SOP builder's state, kept in the browser only: the draft {@link SopDocument} is saved
 * in localStorage under {@link DRAFT_KEY} as `{ v: 1, doc }` on every change, and can be
 * exported to and imported from a JSON file `{ format, version, sop }`. Everything read back
 * (storage or file) goes through {@link normalizeDocument}, so a damaged or foreign value
 * never reaches the renderers. Also here: the edits the builder offers (add, remove, move
 * steps and actors) as pure functions, and the required-field check run before download.
 */
import type { KeyValueStore } from '../checklist/store.ts';
import { PLACEHOLDERS, type SopDocument, type Step, type StepSymbol } from './model.ts';
import { SOP_LIMITS, sopDocumentSchema } from './schema.ts';

/** localStorage key of the draft. */
export const DRAFT_KEY = 'pedoman:sop-penyusun';
/** `format` value of an exported file. */
export const FILE_FORMAT = 'pedoman-medsos/sop';
/** Version of the exported file and stored draft; bump when the shape changes. */
export const FILE_VERSION = 1;
/** Most actors that fit an A4 landscape page (same limit as SOP files). */
export const MAX_ACTORS = SOP_LIMITS.actors;
/** Most steps in one SOP (same limit as SOP files). */
export const MAX_STEPS = SOP_LIMITS.steps;
/** Longest text accepted in one field. */
export const MAX_TEXT = SOP_LIMITS.text;

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Checks and copies a value that claims to be an SOP document, with the shared schema
 * ({@link sopDocumentSchema}). Missing optional text becomes empty; anything of the wrong
 * type is rejected with the field named.
 * @returns the document, or an Indonesian message naming what is wrong
 */
export function normalizeDocument(raw: unknown): Result<SopDocument> {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, message: 'Isi berkas tidak lengkap atau rusak (bagian: dokumen).' };
	const result = sopDocumentSchema.safeParse(raw);
	if (result.success) return { ok: true, value: result.data as SopDocument };
	const path = result.error.issues[0]?.path.filter((p) => typeof p === 'string').join('.') || 'dokumen';
	return { ok: false, message: `Isi berkas tidak lengkap atau rusak (bagian: ${path}).` };
}

/** The export file's text for a draft. */
export function exportDraft(doc: SopDocument, now: Date = new Date()): string {
	return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, exportedAt: now.toISOString(), sop: doc }, null, 2);
}

/**
 * Reads an exported file.
 * @returns the draft, or an Indonesian message saying why the file cannot be used
 */
export function parseDraftFile(text: string): Result<SopDocument> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, message: 'Berkas ini bukan JSON yang valid. Pilih berkas hasil "Ekspor draf".' };
	}
	const d = (data ?? {}) as Record<string, unknown>;
	if (typeof d !== 'object' || d.format !== FILE_FORMAT) return { ok: false, message: 'Berkas ini bukan draf SOP dari Pedoman Medsos.' };
	if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) return { ok: false, message: 'Versi berkas draf tidak dikenali.' };
	if (d.version > FILE_VERSION) return { ok: false, message: `Berkas ini dibuat oleh versi penyusun yang lebih baru (versi ${d.version}). Muat ulang halaman lalu coba lagi.` };
	return normalizeDocument(d.sop);
}

/** The saved draft, or `null` when there is none or it cannot be read. */
export function loadDraft(store: KeyValueStore): SopDocument | null {
	try {
		const raw = JSON.parse(store.getItem(DRAFT_KEY) ?? 'null');
		if (!raw || raw.v !== FILE_VERSION) return null;
		const result = normalizeDocument(raw.doc);
		return result.ok ? result.value : null;
	} catch {
		return null;
	}
}

/** Saves the draft. */
export function saveDraft(store: KeyValueStore, doc: SopDocument): void {
	store.setItem(DRAFT_KEY, JSON.stringify({ v: FILE_VERSION, doc }));
}

/** Deletes the draft. */
export function clearDraft(store: KeyValueStore): void {
	store.removeItem(DRAFT_KEY);
}

/**
 * A template prepared for the builder: the agency's own details (name, unit, dates,
 * approving official) are emptied so the builder asks for them instead of keeping placeholders.
 */
export function fromTemplate(doc: SopDocument): SopDocument {
	const copy = structuredClone(doc);
	return { ...copy, agency: '', unit: '', created: '', revised: '', effective: '', approver: { position: '', name: '', nip: '' } };
}

/** A key not yet used in `taken`: prefix plus the smallest free number. */
export function freshId(prefix: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	let n = 1;
	while (used.has(`${prefix}${n}`)) n++;
	return `${prefix}${n}`;
}

/** Adds an empty process step after `index` (−1 for the top); it inherits that step's actor. */
export function insertStep(doc: SopDocument, index: number): SopDocument {
	const steps = [...doc.steps];
	const actor = steps[index]?.actor ?? doc.actors[0]?.id ?? '';
	const step: Step = { id: freshId('l', steps.map((s) => s.id)), activity: '', actor, symbol: 'process', requirements: '', time: '', output: '', notes: '' };
	steps.splice(index + 1, 0, step);
	return { ...doc, steps };
}

/** Removes a step; branches that pointed at it are cleared, so the flow check reports them. */
export function removeStep(doc: SopDocument, index: number): SopDocument {
	const gone = doc.steps[index];
	if (!gone) return doc;
	const steps = doc.steps
		.filter((_, i) => i !== index)
		.map((s) => {
			const copy = { ...s };
			for (const f of ['next', 'yes', 'no'] as const) if (copy[f] === gone.id) delete copy[f];
			return copy;
		});
	return { ...doc, steps };
}

/** Moves a step up (−1) or down (+1); out-of-range moves change nothing. */
export function moveStep(doc: SopDocument, index: number, delta: -1 | 1): SopDocument {
	const to = index + delta;
	if (index < 0 || to < 0 || index >= doc.steps.length || to >= doc.steps.length) return doc;
	const steps = [...doc.steps];
	[steps[index], steps[to]] = [steps[to]!, steps[index]!];
	return { ...doc, steps };
}

/** Changes a step's symbol and drops the fields that symbol does not use. */
export function setSymbol(doc: SopDocument, index: number, symbol: StepSymbol): SopDocument {
	const steps = doc.steps.map((s, i) => {
		if (i !== index) return s;
		const copy: Step = { ...s, symbol };
		if (symbol !== 'decision') (delete copy.yes, delete copy.no);
		if (symbol === 'decision' || symbol === 'end') delete copy.next;
		return copy;
	});
	return { ...doc, steps };
}

/** Adds an actor named `name`, unless the page is full ({@link MAX_ACTORS}). */
export function addActor(doc: SopDocument, name: string): Result<SopDocument> {
	if (doc.actors.length >= MAX_ACTORS) return { ok: false, message: `Paling banyak ${MAX_ACTORS} pelaksana agar diagram muat di kertas A4 mendatar.` };
	return { ok: true, value: { ...doc, actors: [...doc.actors, { id: freshId('p', doc.actors.map((a) => a.id)), name }] } };
}

/** Removes an actor that no step uses; otherwise says which steps still use it. */
export function removeActor(doc: SopDocument, id: string): Result<SopDocument> {
	if (doc.actors.length <= 1) return { ok: false, message: 'SOP memerlukan sekurang-kurangnya satu pelaksana.' };
	const used = doc.steps.flatMap((s, i) => (s.actor === id ? [i + 1] : []));
	if (used.length) return { ok: false, message: `Pelaksana ini masih dipakai langkah ${used.join(', ')}. Pindahkan langkah itu ke pelaksana lain dahulu.` };
	return { ok: true, value: { ...doc, actors: doc.actors.filter((a) => a.id !== id) } };
}

/** A missing or unfinished required field, by the builder's field name (e.g. `approver.nip`, `steps.2.activity`). */
export interface FieldIssue {
	field: string;
	message: string;
}

const REQUIRED: [field: string, label: string, get: (d: SopDocument) => string][] = [
	['title', 'Nama SOP', (d) => d.title],
	['agency', 'Nama instansi', (d) => d.agency],
	['unit', 'Nama unit kerja', (d) => d.unit],
	['number', 'Nomor SOP', (d) => d.number],
	['created', 'Tanggal pembuatan', (d) => d.created],
	['effective', 'Tanggal efektif', (d) => d.effective],
	['approver.position', 'Jabatan pengesah', (d) => d.approver.position],
	['approver.name', 'Nama pengesah', (d) => d.approver.name],
	['approver.nip', 'NIP pengesah', (d) => d.approver.nip],
];

/** Whether text still holds a placeholder such as "[NAMA INSTANSI]". */
const hasPlaceholder = (text: string) => /\[[^\]\n]+\]/.test(text);

/**
 * Required fields that are empty or still hold a placeholder, in form order, with a message
 * to show next to each. A NIP must have 18 digits (spaces allowed).
 */
export function requiredIssues(doc: SopDocument): FieldIssue[] {
	const issues: FieldIssue[] = [];
	for (const [field, label, get] of REQUIRED) {
		const value = get(doc).trim();
		if (!value) issues.push({ field, message: `${label} wajib diisi.` });
		else if (hasPlaceholder(value)) issues.push({ field, message: `${label} masih memuat isian dalam kurung siku; ganti dengan data instansi Anda.` });
		else if (field === 'approver.nip' && !/^\d{18}$/.test(value.replace(/\s/g, ''))) issues.push({ field, message: 'NIP harus terdiri atas 18 angka.' });
	}
	doc.actors.forEach((a, i) => {
		if (!a.name.trim()) issues.push({ field: `actors.${i}.name`, message: `Nama pelaksana ${i + 1} wajib diisi.` });
	});
	doc.steps.forEach((s, i) => {
		if (!s.activity.trim()) issues.push({ field: `steps.${i}.activity`, message: `Kegiatan langkah ${i + 1} wajib diisi.` });
	});
	return issues;
}

/** File name for a download: "SOP-nama-sop.docx" from the SOP's title. */
export function fileName(doc: SopDocument, extension: string): string {
	const base =
		doc.title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'tanpa-judul';
	return `SOP-${base}.${extension}`;
}

export { PLACEHOLDERS };
