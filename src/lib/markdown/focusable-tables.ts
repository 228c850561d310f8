/**
 * Makes the tables of rendered page HTML work on any screen.
 * - Every table is keyboard-focusable: Starlight lets wide tables scroll sideways, and a
 *   scrolling region that cannot take focus cannot be scrolled with the keyboard (WCAG 2.1.1,
 *   axe rule scrollable-region-focusable).
 * - Plain Markdown tables (no class, one header row) get the class `pm-reflow` and each body
 *   cell a `data-label` with its column name, so on a phone the CSS shows one card per row
 *   with the column name above each value instead of clipping the last column.
 * Works on the HTML string because Astro 7's default Markdown processor (Sätteri) does not
 * run rehype plugins.
 */

/**
 * Adds `tabindex="0"` to each `<table>` tag that has no tabindex yet.
 * @param html rendered HTML
 * @returns the same HTML with focusable tables
 */
export function makeTablesFocusable(html: string): string {
	return html.replace(/<table\b([^>]*)>/gi, (tag, attrs: string) => (/\btabindex\s*=/i.test(attrs) ? tag : `<table tabindex="0"${attrs}>`));
}

/** Text of an HTML fragment: tags dropped, whitespace collapsed, quotes made safe for an attribute. */
function plainText(html: string): string {
	return html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/"/g, '&quot;');
}

/**
 * Labels the cells of plain Markdown tables with their column names (see the module comment).
 * Tables with a class (component tables with their own layout), without a `<thead>`, or with
 * merged cells are left as they are.
 * @param html rendered HTML
 * @returns the same HTML with reflowable Markdown tables
 */
export function labelTableCells(html: string): string {
	return html.replace(/<table\b([^>]*)>([\s\S]*?)<\/table>/gi, (whole, attrs: string, inner: string) => {
		if (/\bclass\s*=/i.test(attrs) || /\b(colspan|rowspan)\s*=/i.test(inner)) return whole;
		const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/i.exec(inner);
		if (!head) return whole;
		const labels = [...head[1]!.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)].map((m) => plainText(m[1]!));
		if (!labels.length) return whole;
		const body = inner.replace(/<tbody\b[^>]*>[\s\S]*?<\/tbody>/gi, (tbody) =>
			tbody.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi, (row) => {
				let index = 0;
				return row.replace(/<(td|th)\b([^>]*)>/gi, (cell, name: string, cellAttrs: string) => {
					const label = labels[index++];
					return label && !/\bdata-label\s*=/i.test(cellAttrs) ? `<${name} data-label="${label}"${cellAttrs}>` : cell;
				});
			}),
		);
		return `<table class="pm-reflow"${attrs}>${body}</table>`;
	});
}
