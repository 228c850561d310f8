/**
 * Placeholders in reply templates. A placeholder is a name in lowercase letters, digits and
 * underscores, starting with a letter, between single braces: `{nama_layanan}`. Everything
 * else is literal text, so a reader's value is never parsed again (typing "{nama}" into a
 * field does not pull in another field) and no character has to be escaped.
 */

/** The one valid placeholder form; the name is capture group 1. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** A piece of a parsed template: literal text or a named placeholder. */
export type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

/**
 * Splits a template into literal text and placeholders, in order. Braces that do not form a
 * valid placeholder (`{Nama}`, `{ nama }`, `{}`, a lone `{`) stay literal text.
 * @param text template text
 * @returns segments; adjacent literal pieces are merged, empty ones dropped
 */
export function parseTemplate(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(PLACEHOLDER)) {
		if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
		out.push({ kind: 'placeholder', name: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
	return out;
}

/**
 * Names of the placeholders in one or more texts, each once, in order of first appearance.
 * @param texts template texts (e.g. the full text and the short X variant)
 */
export function placeholderNames(...texts: string[]): string[] {
	const names = new Set<string>();
	for (const text of texts) for (const seg of parseTemplate(text)) if (seg.kind === 'placeholder') names.add(seg.name);
	return [...names];
}

/** A brace in a template that is not part of a valid placeholder, with an explanation. */
export interface MalformedBrace {
	/** Index of the brace in the text. */
	index: number;
	/** The text around it, for the error message. */
	snippet: string;
	/** Why it is wrong, in Indonesian. */
	reason: string;
}

/**
 * Finds braces that are not valid placeholders, so a typo in the data ("{Nama}", "{nama",
 * "{ nama }") stops the build instead of showing a half-filled reply to the public.
 * @param text template text
 * @returns one entry per offending brace; empty when the text is clean
 */
export function findMalformed(text: string): MalformedBrace[] {
	const out: MalformedBrace[] = [];
	const valid = new Set<number>();
	for (const match of text.matchAll(PLACEHOLDER)) {
		valid.add(match.index);
		valid.add(match.index + match[0].length - 1);
	}
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if ((ch !== '{' && ch !== '}') || valid.has(i)) continue;
		const snippet = text.slice(Math.max(0, i - 12), i + 14);
		let reason: string;
		if (ch === '}') reason = 'kurung kurawal tutup "}" tanpa pasangan';
		else {
			const close = text.indexOf('}', i);
			const nextOpen = text.indexOf('{', i + 1);
			if (close === -1 || (nextOpen !== -1 && nextOpen < close)) reason = 'kurung kurawal buka "{" tidak ditutup';
			else {
				const inner = text.slice(i + 1, close);
				reason =
					inner.length === 0
						? 'placeholder kosong "{}"'
						: `nama placeholder "${inner}" tidak sah: pakai huruf kecil, angka dan garis bawah, diawali huruf, tanpa spasi`;
				valid.add(close); // report the pair once, not its closing brace again
			}
		}
		out.push({ index: i, snippet, reason });
	}
	return out;
}

/** Values typed by the reader, by placeholder name. */
export type Values = Readonly<Record<string, string | undefined>>;

/** Whether a value counts as filled in (anything but whitespace). */
export const isFilled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * Fills a template. Filled placeholders are replaced by the reader's value (trimmed, inserted
 * literally); empty ones stay as `{name}` so they remain visible in the copied text.
 * @param text template text
 * @param values the reader's values by placeholder name
 */
export function fillTemplate(text: string, values: Values): string {
	return parseTemplate(text)
		.map((seg) => (seg.kind === 'text' ? seg.text : isFilled(values[seg.name]) ? values[seg.name]!.trim() : `{${seg.name}}`))
		.join('');
}

/**
 * Placeholders of a text still without a value, each once, in order.
 * @param text template text
 * @param values the reader's values by placeholder name
 */
export function missingPlaceholders(text: string, values: Values): string[] {
	return placeholderNames(text).filter((name) => !isFilled(values[name]));
}

/**
 * A readable label for a placeholder that has no label of its own: `nama_layanan` → "Nama layanan".
 * @param name placeholder name
 */
export function labelFromName(name: string): string {
	const words = name.replace(/_+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
