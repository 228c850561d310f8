/**
 * Share of voice (the agency's mentions ÷ all mentions of the topic × 100) for a list of
 * accounts or topics pasted one per line ("nama, jumlah"), and net sentiment
 * (% positive − % negative of the mentions labelled with a sentiment).
 */
import { parseNumber } from '../format/number.ts';
import { FieldReader, formatCount, formatFigure, formatRate, type FormValues, type ToolEvaluation } from './form.ts';

/** Most rows accepted: more is no longer a comparison a reader can take in. */
export const MAX_ROWS = 50;

/** One row of the pasted list. */
export interface VoiceRow {
	name: string;
	mentions: number;
	/** 1-based line number in the text area. */
	line: number;
}

/** Result of reading the list: rows, or one message naming the offending line(s). */
export type VoiceList = { ok: true; rows: VoiceRow[] } | { ok: false; error: string };

const EXAMPLE = 'Tulis satu per baris: nama, jumlah sebutan. Contoh: Dinas Kesehatan Kabupaten Contoh, 1.250';

/** A line quoted in a message, cut to 40 characters so a huge paste never becomes a huge message. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads "nama, jumlah" lines. The separator is the last tab, semicolon or vertical bar in
 * the line, otherwise the last space before a number, otherwise the last comma (so names may
 * contain commas). Counts go through the site's number reader, so "Dinas A 1,250" is 1.250
 * mentions, as an English export writes it.
 */
export function parseVoiceList(text: string): VoiceList {
	const rows: VoiceRow[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (!line) continue;
		const n = i + 1;
		const cut = Math.max(line.lastIndexOf('\t'), line.lastIndexOf(';'), line.lastIndexOf('|'));
		// A count after the last space, as the number reader accepts it ("1,250", "1.250", "42,5 rb").
		const spaced = /^(.*\S)\s+(\d[\d.,]*(?:\s?(?:rb|ribu|k|jt|juta|m))?)$/i.exec(line);
		let name: string;
		let count: string;
		if (cut >= 0) [name, count] = [line.slice(0, cut), line.slice(cut + 1)];
		else if (spaced) [name, count] = [spaced[1]!.replace(/,$/, ''), spaced[2]!];
		else if (line.includes(',')) {
			const comma = line.lastIndexOf(',');
			[name, count] = [line.slice(0, comma), line.slice(comma + 1)];
		} else return { ok: false, error: `Baris ${n} (“${clip(line)}”) tidak berisi jumlah. ${EXAMPLE}` };
		name = name.trim();
		if (!name) return { ok: false, error: `Baris ${n} tidak berisi nama akun atau topik. ${EXAMPLE}` };
		if (!count.trim()) return { ok: false, error: `Baris ${n} (“${clip(name)}”) tidak berisi jumlah. ${EXAMPLE}` };
		const parsed = parseNumber(count, { label: `Jumlah pada baris ${n}`, integer: true, max: 1e11 });
		if (!parsed.ok) return { ok: false, error: parsed.error };
		rows.push({ name, mentions: parsed.value!, line: n });
		if (rows.length > MAX_ROWS) return { ok: false, error: `Paling banyak ${MAX_ROWS} baris. Gabungkan yang kecil menjadi “Lainnya”.` };
	}
	return { ok: true, rows };
}

/**
 * Share of voice in percent: `mentions ÷ total × 100`.
 * @throws RangeError when total is not positive
 */
export function shareOfVoice(mentions: number, total: number): number {
	if (!(total > 0)) throw new RangeError('shareOfVoice: total sebutan harus lebih dari 0');
	return (mentions * 100) / total;
}

/**
 * Net sentiment in percentage points: `(positive − negative) ÷ (positive + neutral + negative) × 100`,
 * from −100 (all negative) to +100 (all positive).
 * @throws RangeError when there are no labelled mentions
 */
export function netSentiment(positive: number, neutral: number, negative: number): number {
	const total = positive + neutral + negative;
	if (!(total > 0)) throw new RangeError('netSentiment: belum ada sebutan berlabel');
	return ((positive - negative) * 100) / total;
}

/** Net sentiment as signed percentage points: "+12,5 poin", "-3,3 poin", "0 poin". */
export function formatSentiment(points: number): string {
	const text = formatFigure(points);
	return `${points > 0 && text !== '0' ? '+' : ''}${text} poin`;
}

/**
 * Reads the form (`daftar` list, optional `total`, optional `positif`/`netral`/`negatif`)
 * and describes share of voice and net sentiment.
 */
export function evaluateShareOfVoice(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const hasList = !r.isEmpty('daftar');
	const sentimentFields = ['positif', 'netral', 'negatif'] as const;
	const hasSentiment = sentimentFields.some((f) => !r.isEmpty(f));
	if (!hasList && !hasSentiment) r.error('daftar', `Isi daftar sebutan, atau jumlah sentimen di bagian bawah. ${EXAMPLE}`);

	let rows: VoiceRow[] = [];
	if (hasList) {
		const list = parseVoiceList(r.raw('daftar'));
		if (list.ok) rows = list.rows;
		else r.error('daftar', list.error);
	}
	const total = r.number('total', { label: 'Total sebutan topik', integer: true, max: 1e11, optional: true });
	if (total !== undefined && !hasList) r.error('total', 'Isi juga daftar sebutan per akun atau topik.');
	const labels = { positif: 'Sebutan positif', netral: 'Sebutan netral', negatif: 'Sebutan negatif' };
	const sentiment: Partial<Record<(typeof sentimentFields)[number], number>> = {};
	if (hasSentiment)
		for (const f of sentimentFields) {
			if (r.isEmpty(f)) r.error(f, `${labels[f]} wajib diisi bila menghitung sentimen (isi 0 bila tidak ada).`);
			else sentiment[f] = r.number(f, { label: labels[f], integer: true, max: 1e11 });
		}
	const listed = rows.reduce((sum, row) => sum + row.mentions, 0);
	if (!r.failed && hasList && total !== undefined && total < listed)
		r.error('total', `Total sebutan topik (${formatCount(total)}) lebih kecil daripada jumlah semua baris di daftar (${formatCount(listed)}).`);
	const whole = total ?? listed;
	if (!r.failed && hasList && whole === 0) r.error('daftar', 'Semua jumlah sebutan 0: share of voice tidak dapat dihitung.');
	if (!r.failed && hasSentiment && sentiment.positif! + sentiment.netral! + sentiment.negatif! === 0)
		r.error('positif', 'Semua jumlah sentimen 0: sentimen bersih tidak dapat dihitung.');
	if (r.failed) return r.fail();

	const text: Record<string, string> = {};
	const warnings: Record<string, string> = {};
	const show: Record<string, boolean> = { sov: hasList, sentiment: hasSentiment };
	const tables: string[][] = [];
	if (hasList) {
		const own = rows[0]!;
		const share = shareOfVoice(own.mentions, whole);
		const rank = 1 + rows.filter((row) => row.mentions > own.mentions).length;
		text.ownName = own.name;
		text.ownShare = formatRate(share);
		text.ownFormula = `${formatCount(own.mentions)} ÷ ${formatCount(whole)} sebutan × 100 = ${formatRate(share)}`;
		text.ownRank = rows.length > 1 ? `Peringkat ${rank} dari ${rows.length} akun atau topik dalam daftar.` : '';
		for (const row of rows) tables.push([row.name, formatCount(row.mentions), formatRate(shareOfVoice(row.mentions, whole))]);
		if (total !== undefined && total > listed)
			tables.push(['Lainnya (tidak ada di daftar)', formatCount(total - listed), formatRate(shareOfVoice(total - listed, whole))]);
		tables.push(['Jumlah', formatCount(whole), '100%']);
		text.basis = total !== undefined ? `Penyebut: total sebutan topik ${formatCount(total)}.` : `Penyebut: jumlah semua baris, ${formatCount(listed)} sebutan.`;
		if (rows.length === 1 && total === undefined)
			warnings.daftar = 'hanya ada satu baris, sehingga share of voice pasti 100%. Tambahkan pembanding atau isi total sebutan topik.';
		const seen = new Map<string, number>();
		for (const row of rows) {
			const key = row.name.toLowerCase();
			if (seen.has(key)) warnings.daftar ??= `“${row.name}” muncul dua kali (baris ${seen.get(key)} dan ${row.line}). Gabungkan bila keduanya akun atau topik yang sama.`;
			else seen.set(key, row.line);
		}
	}
	if (hasSentiment) {
		const { positif = 0, netral = 0, negatif = 0 } = sentiment;
		const labelled = positif + netral + negatif;
		const net = netSentiment(positif, netral, negatif);
		const pct = (n: number) => formatRate((n * 100) / labelled);
		text.net = formatSentiment(net);
		text.netFormula = `(${formatCount(positif)} positif − ${formatCount(negatif)} negatif) ÷ ${formatCount(labelled)} sebutan × 100 = ${formatSentiment(net)}`;
		text.netParts = `Positif ${pct(positif)}, netral ${pct(netral)}, negatif ${pct(negatif)}.`;
		text.netMeaning =
			net > 0
				? 'Sebutan positif lebih banyak daripada negatif.'
				: net < 0
					? 'Sebutan negatif lebih banyak daripada positif. Baca sebutan negatifnya: keluhan layanan perlu ditindaklanjuti, bukan hanya dibalas.'
					: 'Sebutan positif dan negatif sama banyak.';
		if (hasList && labelled > rows[0]!.mentions)
			warnings.positif = `jumlah sebutan berlabel (${formatCount(labelled)}) lebih banyak daripada sebutan ${rows[0]!.name} (${formatCount(rows[0]!.mentions)}). Pastikan sentimen dihitung untuk akun atau topik yang sama.`;
	}
	return { ok: true, warnings, notes: r.notes, view: { text, show, rows: { voices: tables } } };
}
