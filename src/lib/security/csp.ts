/**
 * The site's Content-Security-Policy, in one place: the build writes it into every page as a
 * `<meta>` element (src/integrations/csp.ts) and the server configurations in `deploy/` send it
 * as a header (a unit test checks they carry exactly this text).
 *
 * The policy is the same for every page because the built HTML holds no inline script: the
 * build moves each inline `<script>` into a file under `/_astro/` (see {@link externalizeInlineScripts}),
 * so `script-src 'self'` covers them without a hash list that would change with every component.
 */

/** Directive name → sources, in the order they are written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
	['default-src', ["'self'"]],
	// Only scripts served by the site itself. 'wasm-unsafe-eval' lets Pagefind (the search)
	// compile its WebAssembly module; it allows no JavaScript eval.
	['script-src', ["'self'", "'wasm-unsafe-eval'"]],
	// Starlight and our components set style attributes (custom properties such as --sl-*) and
	// Astro inlines small stylesheets; styles cannot run code, so inline styles stay allowed.
	['style-src', ["'self'", "'unsafe-inline'"]],
	// data: for the small SVG icons inside the CSS, blob: for the SOP builder's PNG fallback.
	['img-src', ["'self'", 'data:', 'blob:']],
	['font-src', ["'self'"]],
	['connect-src', ["'self'"]],
	['worker-src', ["'self'"]],
	['manifest-src', ["'self'"]],
	['object-src', ["'none'"]],
	['base-uri', ["'self'"]],
	['form-action', ["'self'"]],
	// Browsers ignore frame-ancestors in a <meta> policy, so it is sent only as a header.
	['frame-ancestors', ["'none'"]],
];

/** Directives a browser ignores (and warns about) when the policy arrives in a `<meta>` element. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The policy as one string: `'header'` for the HTTP header (all directives), `'meta'` for the
 * `<meta http-equiv>` element (without the directives only a header can carry).
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
	return CSP_DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');
}

/** An inline script moved out of the page: its file path under the site root and its text. */
export interface ExternalScript {
	path: string;
	content: string;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Moves every inline script of a page into its own file, so a policy without `'unsafe-inline'`
 * and without hashes allows it. A classic script becomes `<script src>` (still parser-blocking,
 * so it runs at the same moment, e.g. the theme script before first paint); a module stays a
 * module. Data blocks (`application/json`, `ld+json`) are not scripts and stay inline.
 *
 * `pathFor(content)` names the file (the caller makes it content-addressed, so the same script
 * on 96 pages becomes one cached file). Returns the rewritten HTML and the files to write.
 */
export function externalizeInlineScripts(
	html: string,
	pathFor: (content: string) => string,
): { html: string; scripts: ExternalScript[] } {
	const scripts = new Map<string, ExternalScript>();
	const out = html.replace(SCRIPT, (whole, attrs: string, content: string) => {
		if (/\bsrc\s*=/i.test(attrs)) return whole;
		const typeMatch = TYPE.exec(attrs);
		const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').trim().toLowerCase();
		if (!JS_TYPES.has(type)) return whole;
		if (!content.trim()) return '';
		const path = pathFor(content);
		scripts.set(path, { path, content });
		return `<script${attrs} src="${path}"></script>`;
	});
	return { html: out, scripts: [...scripts.values()] };
}

/**
 * Puts the policy `<meta>` element first in `<head>` (right after `<meta charset>` when there is
 * one), so it already applies to the first script. A page that has one keeps it.
 */
export function insertPolicyMeta(html: string, policy: string): string {
	if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) return html;
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
	const charset = /<meta\s+charset=[^>]*>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	const head = /<head\b[^>]*>/i.exec(html);
	if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
	return html;
}
