/**
 * What the weekly report page writes, as plain data: the stored form, the "last week" figures
 * typed by the reader, the KPI rows and the sentences around them. The page
 * (`LaporanMingguan.astro`) only puts these into the DOM, so every figure and sentence a reader
 * sees is produced, and tested, here.
 */
import { formatNumber, parseNumber } from '../format/number.ts';
import { formatRangeId } from '../format/date.ts';
import { FIELD_LABEL, type PostField } from './posts.ts';
import { percentChange, type ManualTotals, type WeeklyReport, type WeekTotals } from './weekly.ts';

/** Storage key of the form as typed. */
export const REPORT_STORE_KEY = 'pedoman:laporan-mingguan:v1';

/** The "last week" fields, by form name. */
export const MANUAL_FIELDS = {
	'lalu-unggahan': { label: 'Jumlah unggahan minggu lalu', key: 'posts' },
	'lalu-jangkauan': { label: 'Jangkauan minggu lalu', key: 'reach' },
	'lalu-impresi': { label: 'Impresi minggu lalu', key: 'impressions' },
	'lalu-interaksi': { label: 'Interaksi minggu lalu', key: 'interactions' },
} as const satisfies Record<string, { label: string; key: keyof ManualTotals }>;
export type ManualField = keyof typeof MANUAL_FIELDS;
export const MANUAL_NAMES = Object.keys(MANUAL_FIELDS) as ManualField[];

/** The form as the reader typed it, kept in the browser (the pasted CSV included, before any report). */
export interface StoredReport {
	v: 1;
	csv: string;
	week?: string;
	manual: Partial<Record<ManualField, string>>;
}

/** Reads a stored form; anything malformed gives `undefined`. */
export function parseStoredReport(raw: unknown): StoredReport | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const r = raw as Record<string, unknown>;
	if (r.v !== 1 || typeof r.csv !== 'string') return undefined;
	const manual: StoredReport['manual'] = {};
	const m = (r.manual ?? {}) as Record<string, unknown>;
	for (const name of MANUAL_NAMES) if (typeof m[name] === 'string') manual[name] = m[name] as string;
	return { v: 1, csv: r.csv, ...(typeof r.week === 'string' ? { week: r.week } : {}), manual };
}

/**
 * Reads the "last week" fields with the site's number reader (counts: "12,000" is twelve thousand).
 * @returns the figures, and a message per field that could not be read
 */
export function readManual(texts: Partial<Record<ManualField, string>>): { manual: ManualTotals; errors: Partial<Record<ManualField, string>> } {
	const manual: ManualTotals = {};
	const errors: Partial<Record<ManualField, string>> = {};
	for (const name of MANUAL_NAMES) {
		const parsed = parseNumber(texts[name] ?? '', { label: MANUAL_FIELDS[name].label, integer: true, optional: true });
		if (parsed.ok) {
			if (parsed.value !== undefined) manual[MANUAL_FIELDS[name].key] = parsed.value;
		} else errors[name] = parsed.error;
	}
	return { manual, errors };
}

/** A whole number for the report: "12.400". */
export const num = (n: number) => formatNumber(n, 0);
/** Percentages in the report always carry one decimal ("13,0%"), so columns line up. */
export const pct = (n: number | undefined) => (n === undefined ? '—' : `${formatNumber(n, 1, 1)}%`);

/** Change between two figures: "+12,5%", "−3,0%", "tetap", "naik dari 0" or "—". */
export function change(now: number | undefined, before: number | undefined): string {
	if (now === undefined || before === undefined) return '—';
	const c = percentChange(now, before);
	if (c === undefined) return before === 0 && now > 0 ? 'naik dari 0' : '—';
	if (Math.abs(c) < 0.05) return 'tetap';
	return `${c > 0 ? '+' : '−'}${pct(Math.abs(c))}`;
}

/** Change between two percentages in points: "+1,0 poin persen". Computed from the rounded figures shown, so the columns add up. */
export function pointChange(now: number | undefined, before: number | undefined): string {
	if (now === undefined || before === undefined) return '—';
	const d = Math.round(now * 10) / 10 - Math.round(before * 10) / 10;
	if (Math.abs(d) < 0.05) return 'tetap';
	return `${d > 0 ? '+' : '−'}${formatNumber(Math.abs(d), 1, 1)} poin persen`;
}

/** Engagement rate of last week, from the file or from the reader's figures. */
export function previousRate(report: WeeklyReport): number | undefined {
	const prev = report.previous as Partial<WeekTotals> | undefined;
	return prev?.engagementRate ?? (prev?.reach && prev.interactions !== undefined ? (prev.interactions * 100) / prev.reach : undefined);
}

/** The KPI table: label, this week, last week, change. */
export function kpiRows(report: WeeklyReport): [string, string, string, string][] {
	const { current } = report;
	const prev = report.previous as Partial<WeekTotals> | undefined;
	const prevER = previousRate(report);
	const count = (label: string, now: number, before: number | undefined): [string, string, string, string] => [label, num(now), before === undefined ? '—' : num(before), change(now, before)];
	const rows = [count('Unggahan', current.posts, prev?.posts), count('Jangkauan (dijumlahkan per unggahan)', current.reach, prev?.reach)];
	if (current.impressions !== undefined) rows.push(count('Impresi atau tayangan', current.impressions, prev?.impressions));
	rows.push(count('Interaksi', current.interactions, prev?.interactions));
	rows.push(['Engagement rate (per jangkauan)', pct(current.engagementRate), pct(prevER), pointChange(current.engagementRate, prevER)]);
	if (current.follows !== undefined) rows.push(count('Pengikut baru dari unggahan', current.follows, prev?.follows));
	return rows;
}

/** How the engagement rate was computed, with the columns used. */
export function formulaText(report: WeeklyReport, columns: Partial<Record<PostField, string>>): string {
	const { current } = report;
	if (current.engagementRate === undefined) return 'Engagement rate minggu ini tidak dapat dihitung karena jumlah jangkauannya 0.';
	const fields = report.interactionFields.map((f) => `${FIELD_LABEL[f]} (kolom "${columns[f]}")`);
	return (
		`Engagement rate = interaksi ÷ jangkauan × 100 = ${num(current.interactions)} ÷ ${num(current.reach)} × 100 = ${pct(current.engagementRate)}. ` +
		`Interaksi = ${fields.join(' + ')}. Jangkauan dijumlahkan dari setiap unggahan, sehingga satu akun yang melihat dua unggahan terhitung dua kali; ` +
		'angka ini bukan jangkauan unik akun. Perubahan engagement rate ditulis dalam poin persen (selisih dua persentase).'
	);
}

/** Where last week's figures come from. */
export function previousNote(report: WeeklyReport): string {
	const prevRange = formatRangeId(report.weekStart - 7, report.weekStart - 1);
	if (report.previousSource === 'berkas') return `Angka minggu lalu dihitung dari unggahan ${prevRange} dalam berkas yang sama.`;
	if (report.previousSource === 'isian') return 'Angka minggu lalu berasal dari isian Anda.';
	return 'Berkas tidak memuat unggahan minggu lalu. Unggah berkas yang mencakup dua minggu, atau isi "Angka minggu lalu", untuk melihat perubahan.';
}

/**
 * Which order slashed dates were read in, said plainly, so "05/11/2026" is never read one way
 * silently. ISO dates need no note.
 * @param order the order the reader used
 */
export function dateOrderNote(order: 'iso' | 'dmy' | 'mdy'): string {
	if (order === 'mdy')
		return 'Tanggal dibaca sebagai bulan/hari/tahun, seperti ekspor Meta berbahasa Inggris (05/11/2026 = 11 Mei 2026). Bila berkas Anda memakai hari/bulan/tahun, ubah kolom tanggalnya ke bentuk 2026-11-05.';
	if (order === 'dmy') return 'Tanggal dibaca sebagai hari/bulan/tahun (05/11/2026 = 5 November 2026).';
	return '';
}

/** The one-line summary announced when the report appears. */
export function summaryText(report: WeeklyReport): string {
	const { current, weekStart } = report;
	const prevER = previousRate(report);
	return (
		`Laporan ${formatRangeId(weekStart, weekStart + 6)}: ${num(current.posts)} unggahan, jangkauan ${num(current.reach)}, interaksi ${num(current.interactions)}, engagement rate ${pct(current.engagementRate)}` +
		(prevER !== undefined ? ` (minggu lalu ${pct(prevER)}).` : '.')
	);
}
