/**
 * Internal link checking for the built site. Every `<a href>` that stays on the site must
 * reach a built page or file, and its `#fragment` must name an element on that page.
 * Runs on the final HTML, so it covers MDX pages, generated pages and components alike.
 */
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/** What the checker needs to know about one built page. */
export interface PageLinks {
	/** Element ids on the page (anchors others may point at). */
	ids: Set<string>;
	/** Raw `href` values of the page's `<a>` elements. */
	hrefs: string[];
}

/** One link that leads nowhere. */
export interface BrokenLink {
	/** URL path of the page holding the link, e.g. `/pedoman/prinsip-etika/`. */
	page: string;
	/** The link as written. */
	href: string;
	/** Why it is broken, in Indonesian, for the build log. */
	reason: string;
}

/**
 * Reads ids and link targets out of an HTML document.
 * @param html the full HTML of one page
 */
export function collectLinks(html: string): PageLinks {
	const ids = new Set<string>();
	const hrefs: string[] = [];
	walkSync(parse(html), (node: Node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attrs = node.attributes as Record<string, string>;
		if (attrs.id) ids.add(attrs.id);
		if (node.name === 'a' && typeof attrs.href === 'string') hrefs.push(attrs.href);
	});
	return { ids, hrefs };
}

/**
 * Finds the internal links that do not resolve.
 * @param pages built pages keyed by URL path ending in `/` (`/` for the home page)
 * @param files other built files keyed by URL path (`/unduhan/sop/x.docx`)
 * @returns broken links, in page order; external links (other schemes or hosts) are not checked
 */
export function findBrokenLinks(pages: Map<string, PageLinks>, files: Set<string>): BrokenLink[] {
	const broken: BrokenLink[] = [];
	const base = 'https://site.invalid';
	for (const [page, { hrefs }] of pages) {
		for (const href of hrefs) {
			if (href === '' || /^(mailto|tel|javascript|data):/i.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, base + page);
			} catch {
				broken.push({ page, href, reason: 'alamat tidak valid' });
				continue;
			}
			if (url.origin !== base) continue;
			const path = decodeURI(url.pathname);
			const fragment = decodeURIComponent(url.hash.slice(1));
			const target = pages.get(path);
			if (!target && !files.has(path)) {
				const hint = pages.has(`${path}/`) ? ` (maksud Anda ${path}/?)` : '';
				broken.push({ page, href, reason: `halaman atau berkas tidak ada${hint}` });
				continue;
			}
			const targetIds = target?.ids;
			if (fragment && fragment !== '_top' && targetIds && !targetIds.has(fragment)) {
				broken.push({ page, href, reason: `jangkar #${fragment} tidak ada di ${path}` });
			}
		}
	}
	return broken;
}
