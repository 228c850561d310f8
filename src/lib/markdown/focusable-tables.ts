/**
 * Makes every table in rendered page HTML keyboard-focusable. Starlight lets wide tables
 * scroll sideways on small screens; a scrolling region that cannot take focus cannot be
 * scrolled with the keyboard (WCAG 2.1.1, axe rule scrollable-region-focusable).
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
