/**
 * Pagefind excerpts arrive as HTML-escaped text with `<mark>` around matched words. The dialog
 * builds text nodes from these parts instead of inserting the HTML, so nothing else from the
 * index can ever become markup.
 */

/** Brackets around a page's own search aliases in the index (PageTitle.astro); never shown to readers. */
export const ALIAS_OPEN = '⟦';
export const ALIAS_CLOSE = '⟧';

/**
 * Removes alias carriers from excerpt HTML, also when the excerpt window cut one in half
 * (a closing bracket without its opening one, or the reverse).
 */
export function stripAliases(html: string): string {
	let out = html.replace(/⟦[^⟦⟧]*⟧/g, ' ');
	const close = out.indexOf(ALIAS_CLOSE);
	if (close >= 0 && !out.slice(0, close).includes(ALIAS_OPEN)) out = out.slice(close + 1);
	const open = out.lastIndexOf(ALIAS_OPEN);
	if (open >= 0) out = out.slice(0, open);
	return out.replace(/\s{2,}/g, ' ').trim();
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Decodes the few entities Pagefind writes, and numeric ones. */
function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (ENTITIES[name] !== undefined) return ENTITIES[name]!;
		if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return whole;
	});
}

/**
 * Splits a Pagefind excerpt into plain and highlighted runs; any other tag is dropped.
 * @example excerptParts('a <mark>b</mark>') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }]
 */
export function excerptParts(html: string): ExcerptPart[] {
	html = stripAliases(html);
	const parts: ExcerptPart[] = [];
	const re = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	const push = (raw: string, mark: boolean) => {
		const text = decode(raw.replace(/<[^>]*>/g, ''));
		if (text) parts.push({ text, mark });
	};
	for (let m = re.exec(html); m; m = re.exec(html)) {
		push(html.slice(last, m.index), false);
		push(m[1]!, true);
		last = m.index + m[0].length;
	}
	push(html.slice(last), false);
	return parts;
}
