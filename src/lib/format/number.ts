/**
 * Numbers as Indonesian readers write and read them: "1.234,5" (dot for thousands, comma
 * for decimals). Every tool formats its output and parses its input here, so a figure is
 * never shown in two styles and bad input always gets the same kind of message.
 */

/** Result of parsing one field: a value, or a message to show next to the field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Limits for {@link parseNumber}. */
export interface NumberRules {
	/** Field name as shown to the reader, used in messages ("Jangkauan"). */
	label: string;
	/** Smallest accepted value (inclusive). Default: 0 (no negatives). */
	min?: number;
	/** Largest accepted value (inclusive). Default: 1e12 (guards against absurd input). */
	max?: number;
	/** Whether only whole numbers are accepted (counts). Default: false. */
	integer?: boolean;
	/** Whether an empty field is allowed; it then parses to `undefined`. Default: false. */
	optional?: boolean;
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
 * Reads a number typed by a person. Accepts "1234", "1.234" (thousands), "1.234,5",
 * "12,5", "12.5" (a single dot followed by other than three digits is a decimal point),
 * spaces and a trailing "%". Rejects everything else with an Indonesian message.
 * @param input the raw field text
 * @param rules label and limits
 */
export function parseNumber(input: string, rules: NumberRules): Parsed<number | undefined> {
	const { label, min = 0, max = 1e12, integer = false, optional = false } = rules;
	const text = input.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
	if (text === '') return optional ? { ok: true, value: undefined } : { ok: false, error: `${label} wajib diisi.` };
	let normalised: string;
	if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normalised = text.replace(/\./g, '').replace(',', '.');
	else if (/^-?\d+(,\d+)?$/.test(text)) normalised = text.replace(',', '.');
	else if (/^-?\d*\.\d+$/.test(text)) normalised = text;
	else return { ok: false, error: `${label} harus berupa angka, misalnya 1.250 atau 12,5.` };
	const value = Number(normalised);
	if (!Number.isFinite(value)) return { ok: false, error: `${label} harus berupa angka, misalnya 1.250 atau 12,5.` };
	if (value < 0 && min >= 0) return { ok: false, error: `${label} tidak boleh negatif.` };
	if (integer && !Number.isInteger(value)) return { ok: false, error: `${label} harus bilangan bulat.` };
	if (value < min) return { ok: false, error: `${label} paling kecil ${formatNumber(min, 2)}.` };
	if (value > max) return { ok: false, error: `${label} paling besar ${formatNumber(max, 2)}.` };
	return { ok: true, value };
}

/**
 * A ratio as a percentage, or a message when the denominator makes it meaningless.
 * @param part numerator (e.g. engagements)
 * @param whole denominator (e.g. reach); zero gives an error instead of Infinity/NaN
 * @param wholeLabel name of the denominator for the message
 */
export function percentOf(part: number, whole: number, wholeLabel: string): Parsed<number> {
	if (!(whole > 0)) return { ok: false, error: `${wholeLabel} harus lebih dari 0 agar persentase dapat dihitung.` };
	return { ok: true, value: (part / whole) * 100 };
}
