import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from '../e2e/fixtures.ts';
import { searchSite } from '../e2e/search-helpers.ts';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';

/** Site paths of the built files, e.g. /_astro/page.abc.js. */
const files = (readdirSync('dist', { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
	.filter((e) => e.isFile())
	.map((e) => '/' + relative('dist', join(e.parentPath, e.name)).split('\\').join('/'));
const first = (pattern: RegExp) => {
	const found = files.find((f) => pattern.test(f));
	expect(found, `a built file matching ${pattern}`).toBeTruthy();
	return found!;
};

/** The Content-Type each kind of file must be served with. */
const TYPES: Record<string, RegExp> = {
	'.html': /^text\/html; charset=utf-8$/,
	'.js': /^(text|application)\/javascript/,
	'.css': /^text\/css/,
	'.svg': /^image\/svg\+xml/,
	'.png': /^image\/png$/,
	'.woff2': /^font\/woff2$/,
	'.json': /^application\/json/,
	'.xml': /^(text|application)\/xml/,
	'.csv': /^text\/csv/,
	'.docx': /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/,
	'.ics': /^text\/calendar/,
	'.webmanifest': /^application\/manifest\+json/,
	'.wasm': /^application\/wasm$/,
	'.pagefind': /^application\/octet-stream$/,
	'.pf_fragment': /^application\/octet-stream$/,
	'.pf_index': /^application\/octet-stream$/,
	'.pf_filter': /^application\/octet-stream$/,
	'.pf_meta': /^application\/octet-stream$/,
};

test('setiap halaman dikirim dengan kebijakan CSP dan header keamanan sebagai header HTTP', async ({ request }) => {
	for (const path of ['/', '/krisis/akun-diretas/', '/sop/penyusun/']) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['content-security-policy']).toBe(contentSecurityPolicy('header'));
		const scriptSrc = headers['content-security-policy']!.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src');
		expect(scriptSrc).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['cache-control']).toBe('no-cache');
		// The product name only, never a version (nginx: server_tokens off; Apache: ServerTokens Prod; Caddy sends none).
		expect(headers['server']).toMatch(/^(nginx|Apache|Caddy)$/);
	}
});

test('setiap jenis berkas di dist/ dikirim dengan Content-Type yang benar', async ({ request }) => {
	const byExtension = new Map<string, string>();
	for (const file of files) {
		const ext = extname(file) || extname(file.replace(/\.pagefind$/, '')) || file;
		if (!byExtension.has(ext)) byExtension.set(ext, file);
	}
	for (const ext of ['.html', '.js', '.css', '.docx', '.pf_fragment', '.pf_index', '.pagefind']) expect([...byExtension.keys()]).toContain(ext);
	for (const [ext, file] of byExtension) {
		const expected = TYPES[ext];
		expect(expected, `no expected type for ${ext} (${file}): add it to deploy/ and this test`).toBeTruthy();
		const response = await request.get(file);
		expect(response.status(), file).toBe(200);
		expect(response.headers()['content-type'], file).toMatch(expected!);
	}
});

test('aset berhash disimpan setahun; HTML, sw.js dan berkas bernama tetap selalu diperiksa ulang', async ({ request }) => {
	const cache = async (path: string) => (await request.get(path)).headers()['cache-control'];
	const immutable = 'public, max-age=31536000, immutable';
	expect(await cache(first(/^\/_astro\/.+\.js$/))).toBe(immutable);
	expect(await cache(first(/^\/_astro\/.+\.css$/))).toBe(immutable);
	expect(await cache(first(/^\/pagefind\/fragment\/.+\.pf_fragment$/))).toBe(immutable);
	expect(await cache(first(/^\/pagefind\/index\/.+\.pf_index$/))).toBe(immutable);
	for (const path of ['/', '/krisis/', '/sw.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', first(/^\/unduhan\/.+\.docx$/)]) {
		expect(await cache(path), path).toBe('no-cache');
	}
});

test('teks dikompresi gzip; berkas Pagefind yang sudah terkompresi tidak dikompresi lagi', async ({ request }) => {
	const encoding = async (path: string) => (await request.get(path, { headers: { 'accept-encoding': 'gzip' } })).headers()['content-encoding'];
	expect(await encoding('/')).toBe('gzip');
	expect(await encoding(first(/^\/_astro\/.+\.js$/))).toBe('gzip');
	expect(await encoding(first(/^\/pagefind\/fragment\/.+\.pf_fragment$/))).toBeUndefined();
});

test('alamat tanpa garis miring dialihkan; alamat yang tidak ada memberi halaman 404 situs', async ({ request, page }) => {
	const redirect = await request.get('/krisis/akun-diretas', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(new URL(redirect.headers()['location']!, redirect.url()).pathname).toBe('/krisis/akun-diretas/');

	const missing = await page.goto('/tidak-ada-halaman-ini/');
	expect(missing?.status()).toBe(404);
	expect(missing?.headers()['content-security-policy']).toBe(contentSecurityPolicy('header'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/404|tidak ditemukan/i);
	expect((await request.get('/.git/config')).status()).toBe(404);
});

test('pencarian dan unduhan SOP Word bekerja lewat server tanpa pelanggaran CSP', async ({ page }) => {
	await page.goto('/krisis/');
	const results = await searchSite(page, 'akun diretas');
	expect(results).toContain('/krisis/akun-diretas/');

	await page.goto('/sop/');
	const link = page.getByRole('link', { name: 'Unduh DOCX' }).first();
	const downloading = page.waitForEvent('download');
	await link.click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.docx$/);
	const { readFileSync } = await import('node:fs');
	const parts = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	expect(strFromU8(parts['word/document.xml']!)).toContain('<w:tbl>');
});
