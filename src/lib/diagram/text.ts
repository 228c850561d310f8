/**
 * Text measuring and wrapping for diagrams drawn at build time. SVG text does not wrap, and
 * the build has no font metrics, so widths are estimated from character classes. The
 * estimate errs on the wide side: a line may end a little early, but it never runs out of
 * its box in the fonts the site uses (system sans-serif).
 */

/** Font size of all diagram text, in px of the drawing. */
export const FONT_SIZE = 14;
/** Distance between baselines, in px. */
export const LINE_HEIGHT = 19;

const NARROW = new Set([...'iljtfrI.,:;!|()[]\'"`- ']);
const WIDE = new Set([...'mwMWOQGDHNU@%&—']);

/**
 * Estimated width of a text in px.
 * @param text one line of text
 * @param size font size in px (default {@link FONT_SIZE})
 * @param bold whether the text is bold (about 6% wider)
 */
export function textWidth(text: string, size: number = FONT_SIZE, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.36;
		else if (WIDE.has(ch)) em += 0.95;
		else if (ch >= 'A' && ch <= 'Z') em += 0.74;
		else if (/\d/.test(ch)) em += 0.64;
		else em += 0.62;
	}
	return em * size * (bold ? 1.1 : 1);
}

/**
 * Breaks a text into lines no wider than `width`. Words longer than a line are cut (rare in
 * Indonesian prose, but a long handle or address must not overflow).
 * @param text the text; runs of white space count as one space
 * @param width available width in px
 * @param bold whether the text is bold
 * @returns at least one line (an empty text gives one empty line)
 */
export function wrap(text: string, width: number, bold = false): string[] {
	// A slash is a place to break too ("Peralatan/Perlengkapan"), but only when the word is too wide.
	const words = text
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((w) => (textWidth(w, FONT_SIZE, bold) > width && w.includes('/') ? w.split(/(?<=\/)/) : [w]));
	const lines: string[] = [];
	let line = '';
	for (let word of words) {
		while (textWidth(word, FONT_SIZE, bold) > width) {
			let cut = word.length - 1;
			while (cut > 1 && textWidth(word.slice(0, cut), FONT_SIZE, bold) > width) cut--;
			if (line) lines.push(line);
			line = '';
			lines.push(word.slice(0, cut));
			word = word.slice(cut);
		}
		const candidate = line ? `${line} ${word}` : word;
		if (textWidth(candidate, FONT_SIZE, bold) <= width) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	lines.push(line);
	return lines.filter((l, i) => l !== '' || i === 0);
}
