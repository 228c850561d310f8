/**
 * What the site keeps for use without network, shared by the build (src/integrations/offline.ts),
 * the service worker (src/sw/service-worker.ts) and the page script that saves the whole guide
 * (src/components/offline/). Pure functions over paths and file text; no DOM, no Node APIs.
 *
 * Two tiers:
 * - the crisis kit, precached automatically on the first visit: the home page, every page under
 *   /krisis/ (crisis centre, triage, first hour, holding statements, playbooks), the reply
 *   templates, the offline page, and the scripts, styles and fonts those pages load;
 * - the rest of the guide (other pages, search index, SOP Word files), saved only when the reader
 *   asks for it ("Simpan seluruh pedoman untuk dibuka tanpa internet").
 */

/** Cache names. The service worker reads them; the "save all" script writes into them. */
export const CACHES = {
	/** Pages, network first: the latest version online, the last one seen offline. */
	pages: 'pedoman-halaman',
	/** Files whose name carries a content hash (/_astro/, Pagefind fragments): they never change. */
	assets: 'pedoman-aset',
	/** Everything else: Word files, images, Pagefind's fixed-name files. */
	files: 'pedoman-berkas',
} as const;

/** Address of the page shown for a page that is not available offline. */
export const OFFLINE_PAGE = '/luring/';

/** Address of the build's list of files for "save the whole guide" (written by the build). */
export const FULL_LIST = '/pedoman-luring.json';

/** The list at {@link FULL_LIST}. Sizes are what the transfer costs (compressed where the server compresses). */
export interface OfflineList {
	/** Files precached automatically (the crisis kit). */
	kit: { files: number; bytes: number };
	/** Files saved on request, with their transfer size. */
	rest: { url: string; bytes: number }[];
	/** Sum of `rest` sizes. */
	restBytes: number;
}

/** Whether a path is an HTML page (`/krisis/`, `/404.html`). */
export function isPage(path: string): boolean {
	return path.endsWith('/') || path.endsWith('.html');
}

/** Which cache holds a file fetched from `path`. */
export function cacheNameFor(path: string): string {
	if (isPage(path)) return CACHES.pages;
	if (path.startsWith('/_astro/') || /^\/pagefind\/.+\.pf_(fragment|index|filter|meta)$/.test(path)) return CACHES.assets;
	return CACHES.files;
}

/** Site address of a built HTML file: `krisis/index.html` → `/krisis/`, `404.html` → `/404.html`. */
export function pageUrl(file: string): string {
	const path = '/' + file.replace(/^\/+/, '');
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Whether a page (site address) belongs to the crisis kit that is precached automatically. */
export function isKitPage(url: string): boolean {
	return url === '/' || url === OFFLINE_PAGE || url.startsWith('/krisis/') || url.startsWith('/templat/');
}

/**
 * Pagefind files the site never loads: Pagefind's stock UIs and highlighter (Starlight ships its
 * own search UI) and WebAssembly for languages other than the site's.
 */
export function isUnusedPagefindFile(path: string, languages: readonly string[]): boolean {
	if (!path.startsWith('/pagefind/')) return false;
	if (/\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(path)) return true;
	const wasm = /\/wasm\.([\w-]+)\.pagefind$/.exec(path);
	return wasm ? !languages.includes(wasm[1]!) : false;
}

/** Same-site files a page loads by itself: scripts, stylesheets, module preloads and icons (not links to other pages). */
export function pageAssets(html: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/<script\b[^>]*\ssrc="(\/[^"]+)"/g)) found.add(m[1]!);
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const rel = /\srel="([^"]+)"/.exec(tag)?.[1] ?? '';
		const href = /\shref="(\/[^"/][^"]*)"/.exec(tag)?.[1];
		if (href && /\b(stylesheet|modulepreload|preload|icon|manifest)\b/.test(rel)) found.add(href);
	}
	return [...found];
}

/**
 * Modules a built script imports statically (`import "./a.js"`, `from "./b.js"`), as site paths.
 * Dynamic imports (`import("./docx.js")`) are left out: they load only when a reader asks for them.
 */
export function staticImports(js: string, scriptPath: string): string[] {
	const found = new Set<string>();
	for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) found.add(resolvePath(m[1]!, scriptPath));
	return [...found];
}

/** Files a stylesheet loads (`url(...)`: fonts, images), as site paths; data: URLs are left out. */
export function cssUrls(css: string, cssPath: string): string[] {
	const found = new Set<string>();
	for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
		const url = m[1]!;
		if (/^(data|blob|https?):/.test(url) || url.startsWith('#')) continue;
		found.add(resolvePath(url.split(/[?#]/)[0]!, cssPath));
	}
	return [...found];
}

/** Resolves a relative reference against the path of the file that holds it. */
export function resolvePath(ref: string, from: string): string {
	return new URL(ref, `https://site.invalid${from}`).pathname;
}

/**
 * Everything the given pages need, following static imports and stylesheet URLs.
 * `read(path)` returns a built file's text, or undefined when it does not exist.
 */
export function closure(pages: readonly string[], read: (path: string) => string | undefined): Set<string> {
	const seen = new Set<string>();
	const queue: string[] = [];
	const add = (path: string) => {
		if (seen.has(path)) return;
		if (read(path) === undefined) return;
		seen.add(path);
		queue.push(path);
	};
	for (const page of pages) {
		const html = read(page);
		if (html === undefined) continue;
		for (const asset of pageAssets(html)) add(asset);
	}
	while (queue.length) {
		const path = queue.shift()!;
		if (path.endsWith('.js')) for (const dep of staticImports(read(path)!, path)) add(dep);
		else if (path.endsWith('.css')) for (const dep of cssUrls(read(path)!, path)) add(dep);
	}
	return seen;
}

/**
 * The precache entries to install: all of them normally; with Save-Data on, only the offline
 * page and what it needs (the reader can still save more on request).
 */
export function selectPrecache<T extends { url: string }>(entries: readonly T[], saveData: boolean, offlineAssets: readonly string[]): T[] {
	if (!saveData) return [...entries];
	const keep = new Set([OFFLINE_PAGE, ...offlineAssets]);
	return entries.filter((e) => keep.has(e.url.split('?')[0]!));
}

/** A byte count for readers, e.g. `1,4 MB`, `380 KB`. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
	return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
}
