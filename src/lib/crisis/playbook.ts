/**
 * Reads a crisis playbook's rendered HTML for the parts a panicking reader needs first, so the
 * page itself stays the one source: the "15 menit pertama" steps (shown at the very top as
 * "Lakukan sekarang"), the "Siapa melakukan apa" table and the first "Lakukan" example of
 * "Apa yang diunggah" (the holding statement). The crisis card is printed from the same parts.
 * Pure string work: Astro 7's Markdown pipeline gives the page as HTML.
 */

/** The parts of a playbook; `body` is the page without the moved first steps. */
export interface PlaybookParts {
	/** The `<ol>` of the first 15 minutes' steps. */
	firstSteps: string;
	/** The `<table>` of who does what, or '' when the page has none. */
	roles: string;
	/** Inner HTML of the first "Lakukan" example under "Apa yang diunggah", or ''. */
	statement: string;
	/** The page with the first steps replaced by a pointer to the top block. */
	body: string;
}

/** Id of the first-steps heading as Starlight renders "### 15 menit pertama". */
export const FIRST_STEPS_ID = '15-menit-pertama';
/** Id of the block that shows the first steps at the top of the page. */
export const DO_NOW_ID = 'lakukan-sekarang';

/** End index (exclusive) of the balanced element that starts at `start` with tag `tag`. */
function balancedEnd(html: string, start: number, tag: string): number {
	const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
	re.lastIndex = start;
	let depth = 0;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return m.index + m[0].length;
	}
	return -1;
}

/** The first balanced `<tag …>…</tag>` at or after `from`, with its position. */
function firstElement(html: string, tag: string, from: number, until = html.length): { start: number; end: number; html: string } | null {
	const re = new RegExp(`<${tag}\\b`, 'gi');
	re.lastIndex = from;
	const m = re.exec(html);
	if (!m || m.index >= until) return null;
	const end = balancedEnd(html, m.index, tag);
	if (end < 0) return null;
	return { start: m.index, end, html: html.slice(m.index, end) };
}

/** Index of the `<h2 id="<prefix>…">` heading, or -1. */
function h2Index(html: string, idPrefix: string): number {
	const m = new RegExp(`<h2 id="${idPrefix}[^"]*"`, 'i').exec(html);
	return m ? m.index : -1;
}

/** Index of the next `<h2` after `from`, or the end of the page. */
function nextH2(html: string, from: number): number {
	const i = html.indexOf('<h2', from + 3);
	return i < 0 ? html.length : i;
}

/**
 * Splits a playbook into its urgent parts. Returns null when the page has no
 * "15 menit pertama" heading followed by a list (it is not a playbook).
 */
export function playbookParts(html: string): PlaybookParts | null {
	const heading = html.indexOf(`<h3 id="${FIRST_STEPS_ID}"`);
	if (heading < 0) return null;
	const nextHeading = html.slice(heading + 3).search(/<h[23]\b/);
	const until = nextHeading < 0 ? html.length : heading + 3 + nextHeading;
	const steps = firstElement(html, 'ol', heading, until);
	if (!steps) return null;

	const rolesAt = h2Index(html, 'siapa-melakukan-apa');
	const roles = rolesAt < 0 ? null : firstElement(html, 'table', rolesAt, nextH2(html, rolesAt));

	const postAt = h2Index(html, 'apa-yang-diunggah');
	let statement = '';
	if (postAt >= 0) {
		const region = html.slice(postAt, nextH2(html, postAt));
		const doBlock = /class="judgement judgement--do[^"]*"[\s\S]*?<div class="judgement__body[^"]*">/i.exec(region);
		if (doBlock) {
			const bodyStart = postAt + doBlock.index + doBlock[0].length - doBlock[0].match(/<div class="judgement__body[^"]*">$/i)![0].length;
			const body = firstElement(html, 'div', bodyStart);
			if (body) statement = body.html.replace(/^<div[^>]*>/, '').replace(/<\/div>$/, '');
		}
	}

	const pointer = `<p class="do-now-pointer">Langkah 15 menit pertama ada di bagian <a href="#${DO_NOW_ID}">Lakukan sekarang</a> di awal halaman.</p>`;
	return {
		firstSteps: steps.html,
		roles: roles?.html ?? '',
		statement,
		body: html.slice(0, steps.start) + pointer + html.slice(steps.end),
	};
}
