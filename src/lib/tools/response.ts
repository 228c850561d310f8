/**
 * Response performance of an account: response rate (answered ÷ incoming × 100), average
 * and median response time, and the share of responses within the agency's own time
 * target. Times come either as a total (from a recap) or as a pasted list, one per line,
 * in the forms admins actually write: "45", "1:30", "2 jam", "15 menit", "1 jam 30 menit".
 */
import { formatNumber, parseNumber, percent } from '../format/number.ts';
import { FieldReader, formatCount, formatRate, joinId, type FormValues, type ToolEvaluation } from './form.ts';

/** Longest response time accepted, in minutes (one year): anything longer is a typing mistake. */
export const MAX_MINUTES = 365 * 24 * 60;

const UNITS: Record<string, number> = {
	hari: 1440,
	hr: 1440,
	jam: 60,
	j: 60,
	jm: 60,
	menit: 1,
	mnt: 1,
	min: 1,
	m: 1,
	detik: 1 / 60,
	dtk: 1 / 60,
};

/**
 * Reads one duration and returns it in minutes. A bare number is minutes ("45", "7,5");
 * "h:mm" and "h:mm:ss" are clock durations ("1:30" = 90); otherwise number–unit pairs with
 * units hari, jam (j), menit (mnt, m), detik (dtk), e.g. "2 jam", "1 jam 30 menit", "1,5 jam".
 * @returns minutes, or undefined when the text is not a duration (or is empty, negative, or longer than a year)
 */
export function parseDuration(input: string): number | undefined {
	// "1 jam 30": a bare number after hours is minutes.
	const text = input
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/^(.*\d ?(?:jam|jm|j)) (\d{1,2})$/, '$1 $2 menit');
	if (!text) return undefined;
	// Numbers follow the site's notation ("1.000" is a thousand, "1,5" one and a half).
	const num = (token: string) => {
		const parsed = parseNumber(token, { label: 'Durasi' });
		return parsed.ok ? parsed.value : undefined;
	};
	let minutes: number | undefined;
	// "1:30" and "1.30" (the Indonesian clock notation, as in "08.00") are hours and minutes.
	const clock = /^(\d+)[:.]([0-5]\d)(?::([0-5]\d))?$/.exec(text);
	if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
	else if (/^[\d.,]+$/.test(text)) minutes = num(text);
	else {
		const pair = /(\d[\d.,]*) ?([a-z]+)(?: dan)? ?/gy;
		let total = 0;
		let end = 0;
		let match: RegExpExecArray | null;
		while ((match = pair.exec(text))) {
			const factor = UNITS[match[2]!];
			const value = num(match[1]!);
			if (factor === undefined || value === undefined) return undefined;
			total += value * factor;
			end = pair.lastIndex;
		}
		if (end === 0 || end !== text.length) return undefined;
		minutes = total;
	}
	return minutes !== undefined && Number.isFinite(minutes) && minutes <= MAX_MINUTES ? minutes : undefined;
}

/**
 * Writes a duration for readers: "45 detik", "7,5 menit", "1 jam 8 menit", "2 hari 3 jam".
 * From one hour up, minutes are rounded to whole minutes.
 */
export function formatDuration(minutes: number): string {
	if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`formatDuration: durasi tidak valid (${minutes})`);
	if (minutes < 1) return minutes === 0 ? '0 menit' : `${Math.max(1, Math.round(minutes * 60))} detik`;
	if (minutes < 60) return `${formatNumber(minutes, 1)} menit`;
	const whole = Math.round(minutes);
	const parts: [number, string][] = [
		[Math.floor(whole / 1440), 'hari'],
		[Math.floor((whole % 1440) / 60), 'jam'],
		[whole % 60, 'menit'],
	];
	return parts
		.filter(([n]) => n > 0)
		.map(([n, unit]) => `${formatCount(n)} ${unit}`)
		.join(' ');
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('median: daftar kosong');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Result of reading a pasted list of times. */
export interface DurationList {
	/** Minutes of every readable line, in order. */
	minutes: number[];
	/** Unreadable lines: 1-based line number and the text. */
	bad: { line: number; text: string }[];
}

/** Number of non-empty lines, counted without splitting the text. */
export function countLines(text: string): number {
	let n = 0;
	let inLine = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) inLine = false;
		else if (!inLine && c !== 13 && c !== 32 && c !== 9) {
			inLine = true;
			n++;
		}
	}
	return n;
}

/** Reads one duration per line; blank lines are skipped, unreadable ones reported with their line number. */
export function parseDurationList(text: string): DurationList {
	const minutes: number[] = [];
	const bad: DurationList['bad'] = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (!line) return;
		const value = parseDuration(line);
		if (value === undefined) bad.push({ line: i + 1, text: line });
		else minutes.push(value);
	});
	return { minutes, bad };
}

const FORMS = 'Tulis misalnya 45 (menit), 1:30 atau 1.30 (jam dan menit), 90 menit, atau 1 jam 30 menit.';

/** Most lines the response-time list reads: more would freeze the page on a phone. */
export const MAX_LINES = 5000;

/**
 * Reads the form and describes the response performance.
 * Fields: `masuk` (incoming), `dijawab` (answered; may be left empty when a list is given),
 * `waktu` (list of times) or `total` (total response time), `tepat` (answered within the
 * time target, counts only), `batas` (time target), `target` (response-rate target, %).
 */
export function evaluateResponse(values: FormValues): ToolEvaluation {
	const r = new FieldReader(values);
	const incoming = r.divisor('masuk', { label: 'Pesan masuk', integer: true, max: 1e9 });
	const hasList = !r.isEmpty('waktu');
	// Count lines before reading any: a pasted export of 100.000 rows gets a message at once.
	const lineCount = hasList ? countLines(r.raw('waktu')) : 0;
	const tooLong = lineCount > MAX_LINES;
	const list = hasList && !tooLong ? parseDurationList(r.raw('waktu')) : { minutes: [], bad: [] };
	if (tooLong)
		r.error('waktu', `Daftar terlalu panjang: ${formatCount(lineCount)} baris, paling banyak ${formatCount(MAX_LINES)}. Hitung rata-rata dan median di lembar kerja, atau tempel sebagian daftar.`);
	if (list.bad.length) {
		const shown = list.bad.slice(0, 3).map((b) => `baris ${b.line} (“${b.text.length > 30 ? `${b.text.slice(0, 30)}…` : b.text}”)`);
		const more = list.bad.length > 3 ? ` dan ${list.bad.length - 3} baris lain` : '';
		r.error('waktu', `Tidak terbaca: ${joinId(shown)}${more}. ${FORMS}`);
	} else if (hasList && !tooLong && list.minutes.length === 0) r.error('waktu', `Daftar tidak berisi waktu. ${FORMS}`);

	let answered = r.number('dijawab', { label: 'Pesan dijawab', integer: true, max: 1e9, optional: true });
	if (answered === undefined && !('dijawab' in r.errors)) {
		if (hasList) answered = list.minutes.length;
		else r.error('dijawab', 'Pesan dijawab wajib diisi (atau tempel daftar waktu respons).');
	}
	if (answered !== undefined && !r.failed && answered > incoming) {
		if (r.isEmpty('dijawab')) r.error('waktu', `Daftar berisi ${formatCount(answered)} waktu respons, lebih banyak daripada pesan masuk (${formatCount(incoming)}).`);
		else r.error('dijawab', `Pesan dijawab (${formatCount(answered)}) tidak boleh melebihi pesan masuk (${formatCount(incoming)}).`);
	}

	let total: number | undefined;
	if (!r.isEmpty('total')) {
		if (hasList) r.error('total', 'Isi total waktu atau daftar waktu, jangan keduanya. Kosongkan salah satu.');
		else if ((total = parseDuration(r.text('total'))) === undefined) r.error('total', `Total waktu respons tidak terbaca. ${FORMS}`);
	}
	let onTime = r.number('tepat', { label: 'Pesan dijawab dalam batas waktu', integer: true, max: 1e9, optional: true });
	if (onTime !== undefined && hasList) r.error('tepat', 'Kosongkan kolom ini: bila ada daftar waktu, jumlahnya dihitung dari daftar.');
	let limit: number | undefined;
	if (!r.isEmpty('batas')) {
		limit = parseDuration(r.text('batas'));
		if (limit === undefined) r.error('batas', `Batas waktu respons tidak terbaca. ${FORMS}`);
		else if (limit === 0) r.error('batas', 'Batas waktu respons harus lebih dari 0.');
	}
	const rateTarget = r.number('target', { label: 'Target tingkat respons', max: 100, optional: true });
	if (onTime !== undefined && answered !== undefined && onTime > answered && !r.failed)
		r.error('tepat', `Pesan dijawab dalam batas waktu (${formatCount(onTime)}) tidak boleh melebihi pesan dijawab (${formatCount(answered)}).`);
	if (onTime !== undefined && limit === undefined && !('batas' in r.errors)) r.error('batas', 'Isi batas waktu yang dipakai untuk menghitung pesan yang dijawab tepat waktu.');
	if (r.failed || answered === undefined) return r.fail();

	const text: Record<string, string> = {};
	const show: Record<string, boolean> = {};
	const warnings: Record<string, string> = {};

	const rate = percent(answered, incoming);
	text.rate = formatRate(rate);
	text.rateFormula = `${formatCount(answered)} dijawab ÷ ${formatCount(incoming)} pesan masuk × 100 = ${formatRate(rate)}`;
	text.unanswered = answered < incoming ? `${formatCount(incoming - answered)} pesan belum dijawab.` : 'Semua pesan masuk sudah dijawab.';
	show.rateTarget = rateTarget !== undefined;
	if (rateTarget !== undefined) {
		const gap = rateTarget - rate;
		text.rateTarget =
			gap <= 0
				? `Memenuhi target ${formatRate(rateTarget)}.`
				: `Belum memenuhi target ${formatRate(rateTarget)}: kurang ${formatNumber(gap, 1)} poin persen, atau sekitar ${formatCount(Math.ceil((rateTarget / 100) * incoming - answered - 1e-9))} pesan lagi yang perlu dijawab.`;
	}

	const times = list.minutes;
	if (hasList && !r.isEmpty('dijawab') && times.length !== answered)
		warnings.waktu = `daftar berisi ${formatCount(times.length)} waktu, sedangkan pesan dijawab ${formatCount(answered)}. Rata-rata dan median dihitung dari ${formatCount(times.length)} waktu dalam daftar.`;
	show.time = hasList || total !== undefined;
	show.median = hasList;
	show.noTime = !show.time;
	if (hasList) {
		const sum = times.reduce((a, b) => a + b, 0);
		const avg = sum / times.length;
		const mid = median(times);
		text.average = formatDuration(avg);
		text.averageFormula = `${formatDuration(sum)} total ÷ ${formatCount(times.length)} respons = ${formatDuration(avg)}`;
		text.median = formatDuration(mid);
		text.medianMeaning = `Separuh pesan dijawab dalam ${formatDuration(mid)} atau lebih cepat. Tercepat ${formatDuration(Math.min(...times))}, terlama ${formatDuration(Math.max(...times))}.`;
		if (avg > mid * 1.5)
			text.medianMeaning += ' Rata-rata jauh di atas median: beberapa pesan yang sangat lama dijawab menarik rata-rata ke atas. Periksa pesan-pesan itu.';
		if (limit !== undefined) onTime = times.filter((t) => t <= limit).length;
	} else if (total !== undefined) {
		if (answered === 0) {
			text.average = 'tidak dapat dihitung';
			text.averageFormula = 'Belum ada pesan yang dijawab, sehingga rata-rata waktu respons tidak ada.';
		} else {
			const avg = total / answered;
			text.average = formatDuration(avg);
			text.averageFormula = `${formatDuration(total)} total ÷ ${formatCount(answered)} respons = ${formatDuration(avg)}`;
		}
	}

	const base = hasList ? times.length : answered;
	show.onTime = limit !== undefined && onTime !== undefined && base > 0;
	if (show.onTime) {
		const share = percent(onTime!, base);
		text.onTime = formatRate(share);
		text.onTimeFormula = `${formatCount(onTime!)} dari ${formatCount(base)} respons dalam batas ${formatDuration(limit!)} = ${formatRate(share)}`;
		// Unanswered messages missed the target too: the SLA-style figure counts them as misses.
		const ofAll = percent(onTime!, incoming);
		text.onTimeAll = `Dari semua ${formatCount(incoming)} pesan masuk (termasuk yang belum dijawab): ${formatCount(onTime!)} dijawab dalam batas waktu = ${formatRate(ofAll)}.`;
	}
	show.limitMissing = limit === undefined && show.time;
	return { ok: true, warnings, notes: r.notes, view: { text, show } };
}
