import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CACHES, OFFLINE_PAGE, cacheNameFor, closure, cssUrls, formatBytes, isKitPage, isUnusedPagefindFile, pageAssets, pageUrl, selectPrecache, staticImports } from '../../src/lib/offline/plan.ts';

test('pageUrl and isKitPage: the crisis kit is home, /krisis/, /templat/ and the offline page', () => {
	assert.equal(pageUrl('krisis/akun-diretas/index.html'), '/krisis/akun-diretas/');
	assert.equal(pageUrl('/index.html'), '/');
	assert.equal(pageUrl('404.html'), '/404.html');
	assert.deepEqual(['/', '/krisis/', '/krisis/hoaks-viral/', '/templat/kritik/', OFFLINE_PAGE].map(isKitPage), [true, true, true, true, true]);
	assert.deepEqual(['/pedoman/prinsip-etika/', '/sop/', '/alat/engagement/', '/404.html', '/krisisx/'].map(isKitPage), [false, false, false, false, false]);
});

test('cacheNameFor: pages, hashed files and other files go to their own caches', () => {
	assert.equal(cacheNameFor('/krisis/'), CACHES.pages);
	assert.equal(cacheNameFor('/_astro/page.abc.js'), CACHES.assets);
	assert.equal(cacheNameFor('/pagefind/fragment/id_1.pf_fragment'), CACHES.assets);
	assert.equal(cacheNameFor('/pagefind/pagefind.js'), CACHES.files);
	assert.equal(cacheNameFor('/unduhan/sop/a.docx'), CACHES.files);
});

test('isUnusedPagefindFile: stock UIs and other languages are never loaded', () => {
	assert.equal(isUnusedPagefindFile('/pagefind/pagefind-ui.js', ['id']), true);
	assert.equal(isUnusedPagefindFile('/pagefind/pagefind-modular-ui.css', ['id']), true);
	assert.equal(isUnusedPagefindFile('/pagefind/pagefind-highlight.js', ['id']), true);
	assert.equal(isUnusedPagefindFile('/pagefind/wasm.en.pagefind', ['id']), true);
	assert.equal(isUnusedPagefindFile('/pagefind/wasm.id.pagefind', ['id']), false);
	assert.equal(isUnusedPagefindFile('/pagefind/pagefind.js', ['id']), false);
	assert.equal(isUnusedPagefindFile('/_astro/pagefind-ui.js', ['id']), false);
});

test('pageAssets, staticImports, cssUrls: what a page loads by itself, without lazy imports or page links', () => {
	const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x/y/">
		<link rel="sitemap" href="/sitemap-index.xml"><script src="/_astro/inline.1.js"></script><script type="module" src="/_astro/p.js"></script>
		<a href="/krisis/">x</a><script type="application/json">{}</script>`;
	assert.deepEqual(pageAssets(html).sort(), ['/_astro/a.css', '/_astro/inline.1.js', '/_astro/p.js', '/favicon.svg']);
	const js = `import{a as b}from"./dom.js";import"./side.js";const m=await import("./docx.js");export{x}from'./re.js'`;
	assert.deepEqual(staticImports(js, '/_astro/p.js').sort(), ['/_astro/dom.js', '/_astro/re.js', '/_astro/side.js']);
	const css = `a{background:url(data:image/svg+xml;base64,AA)}@font-face{src:url("./f.woff2?v=1") format("woff2")}b{mask:url(/_astro/i.svg)}`;
	assert.deepEqual(cssUrls(css, '/_astro/a.css').sort(), ['/_astro/f.woff2', '/_astro/i.svg']);
});

test('closure: follows static imports and stylesheet URLs once; skips missing files', () => {
	const files: Record<string, string> = {
		'/krisis/': '<script type="module" src="/_astro/p.js"></script><link rel="stylesheet" href="/_astro/a.css">',
		'/_astro/p.js': 'import"./q.js";import("./lazy.js")',
		'/_astro/q.js': 'import"./p.js";import"./gone.js"',
		'/_astro/a.css': 'x{src:url(./f.woff2)}',
		'/_astro/f.woff2': 'bin',
		'/_astro/lazy.js': '',
	};
	assert.deepEqual([...closure(['/krisis/'], (p) => files[p])].sort(), ['/_astro/a.css', '/_astro/f.woff2', '/_astro/p.js', '/_astro/q.js']);
});

test('selectPrecache: everything normally; with Save-Data only the offline page and its files', () => {
	const entries = [{ url: '/' }, { url: OFFLINE_PAGE }, { url: '/_astro/a.js' }, { url: '/_astro/b.css?__WB_REVISION__=1' }];
	assert.equal(selectPrecache(entries, false, []).length, 4);
	assert.deepEqual(selectPrecache(entries, true, ['/_astro/b.css']).map((e) => e.url), [OFFLINE_PAGE, '/_astro/b.css?__WB_REVISION__=1']);
});

test('formatBytes: Indonesian number format', () => {
	assert.equal(formatBytes(407_435), '398 KB');
	assert.equal(formatBytes(2_236_284), '2,1 MB');
	assert.equal(formatBytes(10), '1 KB');
});
