/**
 * The shape of one SOP as every part of the site uses it: the SOP pages, the DOCX
 * generator and the builder all take a {@link SopDocument}. It mirrors the SOP-AP format
 * of Permenpan RB No. 35 Tahun 2012: an identity part (who, on what basis, with what) and
 * a flowchart part (steps across the actors' columns, with Mutu Baku and Keterangan).
 */
import { formatDateId, parseIsoDate } from '../format/date.ts';

/** The five SOP-AP flowchart symbols (the arrow is drawn between them). */
export const SYMBOLS = ['start', 'process', 'decision', 'end', 'connector'] as const;
export type StepSymbol = (typeof SYMBOLS)[number];

/** Names of the symbols as shown to readers. */
export const SYMBOL_LABELS: Record<StepSymbol, string> = {
	start: 'Mulai',
	process: 'Proses/kegiatan',
	decision: 'Keputusan',
	end: 'Selesai',
	connector: 'Penghubung antarhalaman',
};

/** One executor (pelaksana): a column of the flowchart. */
export interface Actor {
	/** Stable key the steps refer to. */
	id: string;
	/** Name shown as the column heading, e.g. "Admin Media Sosial". */
	name: string;
}

/** One row of the flowchart. */
export interface Step {
	/** Stable key that branches refer to; unique within the SOP. */
	id: string;
	/** What is done, as an active verb without a subject ("Menyusun rencana konten"). */
	activity: string;
	/** Id of the actor who does it. */
	actor: string;
	symbol: StepSymbol;
	/** Step to go to after a start, process or connector step; default: the following step. */
	next?: string;
	/** For a decision: the step to go to on "Ya". */
	yes?: string;
	/** For a decision: the step to go to on "Tidak". */
	no?: string;
	/** Mutu Baku — Kelengkapan: what must be at hand. */
	requirements: string;
	/** Mutu Baku — Waktu: how long the step may take. */
	time: string;
	/** Mutu Baku — Output: what the step produces. */
	output: string;
	/** Keterangan. */
	notes: string;
}

/** Approving official (Disahkan oleh). */
export interface Approver {
	/** Title, e.g. "Kepala Dinas Komunikasi dan Informatika". */
	position: string;
	name: string;
	/** Nomor Induk Pegawai (18 digits). */
	nip: string;
}

/** The agency's logo, kept in the browser with the draft. */
export interface SopLogo {
	/** Image format. SVG gets a PNG fallback in DOCX files. */
	type: 'png' | 'jpg' | 'svg';
	/** The file's bytes, base64-encoded. */
	data: string;
	/** Natural size in px (used to keep the aspect ratio). */
	widthPx: number;
	heightPx: number;
}

/** A complete SOP, ready to be drawn or written to a document. */
export interface SopDocument {
	/** Nama SOP. */
	title: string;
	/** Name of the agency (instansi), shown beside the logo. */
	agency: string;
	/** Name of the unit that owns the SOP. */
	unit: string;
	/** Nomor SOP. */
	number: string;
	/** Tanggal Pembuatan, Revisi, Efektif: ISO dates (YYYY-MM-DD) or free text; empty shows a placeholder. */
	created: string;
	revised: string;
	effective: string;
	approver: Approver;
	/** Dasar Hukum. */
	legalBasis: string[];
	/** Kualifikasi Pelaksana. */
	qualifications: string[];
	/** Keterkaitan (related SOPs). */
	related: string[];
	/** Peralatan/Perlengkapan. */
	equipment: string[];
	/** Peringatan. */
	warnings: string[];
	/** Pencatatan dan Pendataan. */
	records: string[];
	actors: Actor[];
	steps: Step[];
	/** Agency logo, shown where the SOP-AP format puts it (beside the agency's name). Optional. */
	logo?: SopLogo;
}

/** Placeholders a reader replaces with the agency's own details. */
export const PLACEHOLDERS = {
	agency: '[NAMA INSTANSI]',
	unit: '[NAMA UNIT KERJA]',
	number: '[NOMOR SOP]',
	date: '[TANGGAL]',
	position: '[JABATAN PEJABAT]',
	name: '[NAMA PEJABAT]',
	nip: '[NIP]',
	logo: '[LOGO INSTANSI]',
} as const;

/** A piece of text, marked when it is a placeholder to replace. */
export interface TextPart {
	text: string;
	placeholder: boolean;
}

/**
 * Splits text into plain parts and placeholders. A placeholder is text in square brackets
 * that starts with a capital letter or a lowercase note such as "[periksa …]".
 * @example splitPlaceholders('Kepala [NAMA UNIT]') → [{text:'Kepala ',placeholder:false},{text:'[NAMA UNIT]',placeholder:true}]
 */
export function splitPlaceholders(text: string): TextPart[] {
	const parts: TextPart[] = [];
	const re = /\[[^\[\]\n]{1,120}\]/g;
	let last = 0;
	for (const match of text.matchAll(re)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index), placeholder: false });
		parts.push({ text: match[0], placeholder: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
	return parts;
}

/**
 * A document date as written in the identity table: an ISO date becomes "21 November 2026",
 * other text is kept, and an empty value becomes the date placeholder.
 */
export function formatDocDate(value: string): string {
	const v = value.trim();
	if (!v) return PLACEHOLDERS.date;
	const day = parseIsoDate(v, { min: 1, max: 9999 });
	return day === undefined ? v : formatDateId(day);
}

/**
 * Removes characters that cannot appear in an XML document (control characters other than
 * tab and newline, lone surrogates, U+FFFE/U+FFFF), so any pasted text yields a valid file.
 */
export function cleanText(text: string): string {
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(/\r\n?/g, '\n');
}
