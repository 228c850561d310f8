/**
 * Per-page social cards: the picture WhatsApp, Telegram or Facebook shows under a pasted link.
 * This module writes the card as SVG (title, section, guide name); the build turns it into a
 * PNG with resvg. Pure: no DOM, no file access.
 */

/** Card size recommended by the platforms for a large link preview. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardContent {
	/** Page title, wrapped on up to three lines. */
	title: string;
	/** Section label above the title, e.g. "Krisis" or "Pedoman · Konten". */
	section: string;
	/** Name of the guide, at the bottom. */
	siteName: string;
	/** Publisher line under the guide name, optional. */
	publisher?: string;
	/** Band colour, `#rrggbb`. */
	color: string;
}

/** Escapes text for SVG. */
function esc(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Greedy word wrap by character count (the card font is close enough to even width for this).
 * A word longer than `width` stays whole on its own line; lines beyond `maxLines` are dropped
 * and the last kept line ends with "…".
 */
export function wrapWords(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/).filter(Boolean)) {
		if (!line) line = word;
		else if (line.length + 1 + word.length <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
	return kept;
}

/** The card as an SVG document. Long titles get a smaller size so they fit in three lines. */
export function socialCardSvg(card: CardContent): string {
	const long = card.title.length > 48;
	const size = long ? 58 : 72;
	const lines = wrapWords(card.title, long ? 30 : 24, 3);
	const titleY = 250;
	const title = lines.map((line, i) => `<text x="80" y="${titleY + i * size * 1.2}" font-size="${size}" fill="#0b1f1d">${esc(line)}</text>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans" font-weight="bold">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>
<rect width="${CARD_WIDTH}" height="24" fill="${card.color}"/>
<rect x="80" y="118" width="${Math.min(1040, 44 + card.section.length * 22)}" height="52" rx="6" fill="${card.color}"/>
<text x="100" y="154" font-size="30" fill="#ffffff">${esc(card.section)}</text>
${title}
<rect x="80" y="500" width="1040" height="3" fill="#c9d6d4"/>
<text x="80" y="552" font-size="30" fill="${card.color}">${esc(card.siteName)}</text>
${card.publisher ? `<text x="80" y="592" font-size="24" fill="#3d4d4b">${esc(card.publisher)}</text>` : ''}
</svg>`;
}

/** File path of a page's card under the site root: `/kartu/<slug>.png`, the home page as `index`. */
export function cardPath(slug: string): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	return `/kartu/${clean || 'index'}.png`;
}
