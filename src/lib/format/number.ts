/**
 * Numbers as Indonesian readers write them ("1.234,5": dot for thousands, comma for decimals),
 * and read as admins paste them from any tool (see {@link parseNumber}). Every tool formats its output and parses its input here, so a figure is
 * never shown in two styles and bad input always gets the same kind of message.
 */

/** Result of parsing one field: a value (with an optional note on how it was read), or a message to show next to the field. */
export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; error: string };

/** Limits for {@link parseNumber}. */
export interface NumberRules {
	/** Field name as shown to the reader, used in messages ("Jangkauan"). */
	label: string;
	/** Smallest accepted value (inclusive). Default: 0 (no negatives). */
	min?: number;
	/** Largest accepted value (inclusive). Default: 1e12 (guards against absurd input). */
	max?: number;
	/**
	 * Whether only whole numbers are accepted (counts). Default: false. A count is never a
	 * fraction, so in a count field "12,000" and "12.000" are both twelve thousand.
	 */
	integer?: boolean;
	/** Whether an empty field is allowed; it then parses to `undefined`. Default: false. */
	optional?: boolean;
	/**
	 * Whether a trailing "%" is accepted (the field holds a percentage). Default: true for
	 * decimal fields, false for counts ("12%" in a follower count is a mistake, not 12).
	 */
	percent?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(min: number, max: number): Intl.NumberFormat {
	const key = `${min}:${max}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: min, maximumFractionDigits: max })));
	return f;
}

/**
 * Formats a number for id-ID: `formatNumber(1234.56)` → "1.234,6".
 * @param value a finite number
 * @param maxDigits fraction digits at most (default 1)
 * @param minDigits fraction digits at least (default 0)
 */
export function formatNumber(value: number, maxDigits = 1, minDigits = 0): string {
	if (!Number.isFinite(value)) throw new RangeError(`formatNumber: bukan angka hingga (${value})`);
	// Avoid "-0" after rounding.
	const rounded = Math.abs(value) < 0.5 * 10 ** -maxDigits ? 0 : value;
	return formatter(minDigits, maxDigits).format(rounded);
}

/**
 * Formats a percentage given as a number of percent: `formatPercent(12.345)` → "12,3%".
 * @param percent e.g. 12.345 for 12,345 %
 * @param digits fraction digits at most (default 1)
 */
export function formatPercent(percent: number, digits = 1): string {
	return `${formatNumber(percent, digits)}%`;
}

/**
 * Magnitude words and letters as platforms and people write them: Instagram in Indonesian shows
 * "42,5 rb" and "1,2 jt"; English interfaces show "1.2K" and "3M" (M = million there, so the
 * Indonesian "miliar" must be spelled out or written "M" only at one's own risk: see the note).
 */
const MULTIPLIERS: Record<string, number> = {
	rb: 1e3,
	ribu: 1e3,
	k: 1e3,
	jt: 1e6,
	juta: 1e6,
	m: 1e6,
	mio: 1e6,
	mn: 1e6,
	miliar: 1e9,
	milyar: 1e9,
	b: 1e9,
	bn: 1e9,
};

const NOT_A_NUMBER = (label: string) => `${label} harus berupa angka, misalnya 1.250, 12,5, atau 42,5 rb.`;

/** Digits from other scripts people paste (full-width, Arabic-Indic) as ASCII. */
function asciiDigits(text: string): string {
	return text.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
		const code = d.charCodeAt(0);
		const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
		return String(code - zero);
	});
}

/** Whether `int` is a valid thousands-grouped integer written with `sep` ("1.234.567"). */
function grouped(int: string, sep: string): boolean {
	const parts = int.split(sep);
	return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

interface Mantissa {
	value: number;
	/** A single separator followed by exactly three digits: thousands or a decimal point, depending on the writer's language. */
	ambiguous: boolean;
}

/**
 * Reads digits with at most one kind of thousands separator and one decimal separator.
 * When both "." and "," appear, the last one is the decimal separator ("1.234,5" and
 * "1,234.5"). A lone separator followed by three digits ("1,250", "12.000") is read as
 * thousands and flagged ambiguous; other lone separators are decimal ("12,5", "1.5").
 */
function readMantissa(text: string, suffixed: boolean): Mantissa | undefined {
	if (!/^\d*[.,]?[\d.,]*$/.test(text) || !/\d/.test(text)) return undefined;
	const dots = (text.match(/\./g) ?? []).length;
	const commas = (text.match(/,/g) ?? []).length;
	const num = (int: string, frac = '') => Number(`${int || '0'}.${frac || '0'}`);
	if (dots === 0 && commas === 0) return { value: Number(text), ambiguous: false };
	if (dots && commas) {
		const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
		const thousands = decimal === '.' ? ',' : '.';
		const [int, frac, ...rest] = text.split(decimal);
		if (rest.length || !frac || !/^\d+$/.test(frac) || !grouped(int!, thousands)) return undefined;
		return { value: num(int!.split(thousands).join(''), frac), ambiguous: false };
	}
	const sep = dots ? '.' : ',';
	const parts = text.split(sep);
	if (parts.length > 2) return grouped(text, sep) ? { value: Number(parts.join('')), ambiguous: false } : undefined;
	const [int, frac] = parts as [string, string];
	if (!/^\d+$/.test(frac)) return undefined;
	// With a magnitude word ("1,250 jt" is rare, "42,5 rb" common) the separator is decimal.
	if (!suffixed && frac.length === 3 && /^[1-9]\d{0,2}$/.test(int)) return { value: Number(int + frac), ambiguous: true };
	return { value: num(int, frac), ambiguous: false };
}

/**
 * Reads a number typed or pasted by a person, in the forms admins actually copy:
 * Indonesian "1.234,5", English "1,234.5" and "12,000", platform abbreviations "42,5 rb",
 * "1,2 jt", "1,2K", "3M", spaces, non-breaking and thin spaces as thousands separators,
 * full-width digits, a leading "+" or "−", and a trailing "%" in percentage fields.
 * Counts ({@link NumberRules.integer}) are whole numbers, so a lone separator before three
 * digits is thousands there. In a decimal field such a value ("1,250") is read as thousands
 * too, and the result carries a note saying so ("dibaca sebagai 1.250"), because an English
 * export writes thousands that way while "1,25" is how a person writes a fraction.
 * Rejects everything else with an Indonesian message.
 * @param input the raw field text
 * @param rules label and limits
 */
export function parseNumber(input: string, rules: NumberRules): Parsed<number | undefined> {
	const { label, min = 0, max = 1e12, integer = false, optional = false, percent = !integer } = rules;
	let text = asciiDigits(input)
		.replace(/[\s\u00a0\u2007\u2009\u202f\u200b\u200c\u200d\ufeff']/g, '')
		.replace(/[\u2212\u2013]/g, '-')
		.toLowerCase();
	if (text === '') return optional ? { ok: true, value: undefined } : { ok: false, error: `${label} wajib diisi.` };
	if (text.endsWith('%')) {
		if (!percent) return { ok: false, error: `${label} adalah jumlah, bukan persentase: hapus tanda % dan isi jumlahnya.` };
		text = text.slice(0, -1);
	}
	const sign = text.startsWith('-') ? -1 : 1;
	if (/^[-+]/.test(text)) text = text.slice(1);
	const suffix = /[a-z]+$/.exec(text)?.[0];
	const factor = suffix === undefined ? 1 : MULTIPLIERS[suffix];
	if (factor === undefined) return { ok: false, error: NOT_A_NUMBER(label) };
	if (suffix) text = text.slice(0, -suffix.length);
	const mantissa = readMantissa(text, suffix !== undefined);
	if (!mantissa) return { ok: false, error: NOT_A_NUMBER(label) };
	// Multiply in decimal steps so "1,2 jt" is exactly 1.200.000, not 1.199.999,9999.
	const value = sign * (suffix ? Math.round(mantissa.value * factor * 1e6) / 1e6 : mantissa.value);
	if (!Number.isFinite(value)) return { ok: false, error: NOT_A_NUMBER(label) };
	if (value < 0 && min >= 0) return { ok: false, error: `${label} tidak boleh negatif.` };
	if (integer && !Number.isInteger(value)) return { ok: false, error: `${label} harus bilangan bulat.` };
	if (value < min) return { ok: false, error: `${label} paling kecil ${formatNumber(min, 2)}.` };
	if (value > max) return { ok: false, error: `${label} paling besar ${formatNumber(max, 2)}.` };
	const result: Parsed<number> = { ok: true, value: value === 0 ? 0 : value };
	if (mantissa.ambiguous && !integer)
		result.note = `${input.trim()} dibaca sebagai ${formatNumber(value, 2)}. Bila maksudnya pecahan, tulis dengan koma: ${formatNumber(value / 1000, 3)}.`;
	else if (suffix === 'm')
		result.note = `${input.trim()} dibaca sebagai ${formatNumber(value, 2)} (M = juta, seperti di Instagram). Untuk miliar, tulis "miliar".`;
	return result;
}

/**
 * A ratio as a percentage, or a message when the denominator makes it meaningless.
 * Computed as `part × 100 ÷ whole` (not `part ÷ whole × 100`) so exact ties such as
 * 23 ÷ 80 = 28,75 % stay exact in binary and round the way a person expects.
 * @param part numerator (e.g. engagements)
 * @param whole denominator (e.g. reach); zero gives an error instead of Infinity/NaN
 * @param wholeLabel name of the denominator for the message
 */
export function percentOf(part: number, whole: number, wholeLabel: string): Parsed<number> {
	if (!(whole > 0)) return { ok: false, error: `${wholeLabel} harus lebih dari 0 agar persentase dapat dihitung.` };
	return { ok: true, value: percent(part, whole) };
}

/** `part × 100 ÷ whole`: the one way the site turns a ratio into percent (see {@link percentOf}). */
export function percent(part: number, whole: number): number {
	return (part * 100) / whole;
}
