// `npm run bench`: the performance figures of the built site, printed as tables
// (and saved to bench-results/bench.json). A benchmark, not a test: it never fails on a figure.
//   - build time, total and per page
//   - page weight on first load (HTML/CSS/JS, raw and gzip, request count) of one page of each
//     kind (home, each section's start page and pages) and the heaviest page; JS of each
//     calculator beyond a content page's
//   - a guideline page against a vanilla Starlight page (same Starlight, same article HTML, no
//     site additions), for the bar "guideline pages stay ≤ 1.1× a vanilla Starlight page"
//   - Pagefind index size, and what the service worker saves offline
//   - Lighthouse (mobile, its default simulated slow 4G and CPU) on one page of each kind and on
//     the SOP builder and kit: performance score, CLS, LCP, TBT, accessibility score
//   - search latency in Chromium (typing a query → first result), cold and warm, median of runs
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parse, render } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';
import { pageKind, representatives, sitemapPaths } from '../tests/e2e/sitemap.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4399);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Build, timed.
const t0 = performance.now();
const build = spawnSync('npm run build', { shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
const buildMs = performance.now() - t0;
if (build.status !== 0) throw new Error('Build gagal; benchmark dihentikan.');
const htmlFiles = globSync('dist/**/index.html');
const pageCount = htmlFiles.length;

// 2. Pagefind index.
const pagefindFiles = globSync('dist/pagefind/**/*').filter((f) => statSync(f).isFile());
const pagefindBytes = pagefindFiles.reduce((sum, f) => sum + statSync(f).size, 0);

// 3. Offline: what the service worker saves by itself (crisis kit) and what "save the whole guide" adds
// (transfer sizes, written by src/integrations/offline.ts).
const offlineList = JSON.parse(readFileSync('dist/pedoman-luring.json', 'utf8'));
const offline = { precache: offlineList.kit, onRequest: { files: offlineList.rest.length, bytes: offlineList.restBytes } };

// Pages to weigh: one of each kind, the largest HTML page, and every calculator.
const pathOf = (file) => file.replace(/^dist/, '').replace(/index\.html$/, '');
const paths = sitemapPaths().filter((p) => p !== '/404/');
const kinds = representatives(paths);
const largest = htmlFiles.map((f) => [pathOf(f), statSync(f).size]).sort((a, b) => b[1] - a[1])[0][0];
const guideline = paths.find((p) => p === '/pedoman/prinsip-etika/') ?? paths.find((p) => pageKind(p) === 'pedoman');
// Calculators, plus the SOP builder and kit (the heaviest interactive pages).
const tools = [...paths.filter((p) => /^\/alat\/[^/]+\/$/.test(p)).sort(), '/sop/penyusun/', '/sop/paket/'].filter((p) => paths.includes(p));
// Lighthouse also runs on the SOP builder and kit.
const lighthousePaths = [...new Set([...kinds, '/sop/penyusun/', '/sop/paket/'])].filter((p) => paths.includes(p));

// A vanilla Starlight site (this project's Starlight and Astro, default options) whose one page
// holds the same article HTML as the guideline page: what the site adds beyond Starlight is the
// difference. Built inside the project so it resolves the same packages.
const VANILLA = 'bench-results/vanilla-starlight';
rmSync(VANILLA, { recursive: true, force: true });
mkdirSync(`${VANILLA}/src/content/docs`, { recursive: true });
writeFileSync(`${VANILLA}/astro.config.mjs`, "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Starlight' })] });\n");
writeFileSync(
	`${VANILLA}/src/content.config.ts`,
	"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n"
);
const guideDoc = parse(readFileSync(`dist${guideline}index.html`, 'utf8'));
const article = await render(querySelector(guideDoc, '.sl-markdown-content'));
const articleTitle = JSON.stringify((await render(querySelector(guideDoc, 'h1'))).replace(/<[^>]+>/g, '').trim());
writeFileSync(`${VANILLA}/src/content/docs/index.md`, `---\ntitle: ${articleTitle}\n---\n\n${article}\n`);
const vanillaBuild = spawnSync(`npx astro build --root ${VANILLA}`, { shell: true, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (vanillaBuild.status !== 0) throw new Error('Build Starlight polos gagal; benchmark dihentikan.');

/** Starts `astro preview` for `root` on `port` and waits until it answers; returns a stop function. */
async function preview(root, port) {
	const child = spawn('npx', ['astro', 'preview', '--root', root, '--port', String(port), '--host', 'localhost'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let log = '';
	child.stdout.on('data', (d) => (log += d));
	child.stderr.on('data', (d) => (log += d));
	let exited = false;
	child.on('exit', () => (exited = true));
	const stopChild = () => {
		try {
			process.kill(-child.pid);
		} catch {}
	};
	process.on('exit', stopChild);
	for (let i = 0; i < 120 && !exited; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) return stopChild;
		} catch {}
		await new Promise((r) => setTimeout(r, 250));
	}
	stopChild();
	// Astro runs one preview server per project: one left running (e.g. from `npm run preview`) blocks this one.
	console.error(`Server pratinjau untuk ${root} tidak berjalan di port ${port}. Bila server pratinjau lain masih berjalan, hentikan dulu (npx astro preview stop).\n${log.slice(-1500)}`);
	process.exit(1);
}
const stop = await preview('.', PORT);
const VANILLA_PORT = PORT + 1;
const stopVanilla = await preview(VANILLA, VANILLA_PORT);

// Lighthouse drives the same Chromium through its DevTools port.
const CDP_PORT = Number(process.env.BENCH_CDP_PORT ?? 9333);
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, `--remote-debugging-port=${CDP_PORT}`] });

/** Loads a page in a fresh context and sums what it transferred, by kind. */
async function weigh(path, origin = ORIGIN) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		bodies.push(response.body().then((b) => ({ url: response.url(), type, raw: b.length, gzip: gzipSync(b).length })).catch(() => null));
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	const all = (await Promise.all(bodies)).filter(Boolean);
	await context.close();
	const sum = (kind) => {
		const list = all.filter((r) => (kind === 'html' ? r.type === 'document' : kind === 'css' ? r.type === 'stylesheet' : kind === 'js' ? r.type === 'script' : true));
		return { raw: list.reduce((s, r) => s + r.raw, 0), gzip: list.reduce((s, r) => s + r.gzip, 0), urls: list.map((r) => r.url) };
	};
	return { path, requests: all.length, html: sum('html'), css: sum('css'), js: sum('js') };
}

const weights = [];
for (const path of [...kinds, largest].filter((p, i, all) => all.indexOf(p) === i)) weights.push({ label: path === largest ? `${pageKind(path)} (terbesar)` : pageKind(path), ...(await weigh(path)) });
const guidelineWeight = await weigh(guideline);
const baseJs = new Set(guidelineWeight.js.urls);
const vanillaWeight = await weigh('/', `http://localhost:${VANILLA_PORT}`);
stopVanilla();
const gz = (w) => ({ html: w.html.gzip, css: w.css.gzip, js: w.js.gzip, total: w.html.gzip + w.css.gzip + w.js.gzip, requests: w.requests });
const vsVanilla = { path: guideline, site: gz(guidelineWeight), vanilla: gz(vanillaWeight) };
vsVanilla.ratio = Number((vsVanilla.site.total / vsVanilla.vanilla.total).toFixed(2));
const toolJs = [];
for (const path of tools) {
	const w = await weigh(path);
	const own = w.js.urls.filter((u) => !baseJs.has(u));
	const bytes = await Promise.all(own.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).length));
	toolJs.push({ path, ownScripts: own.length, ownGzip: bytes.reduce((a, b) => a + b, 0), totalJsGzip: w.js.gzip });
}

// 4. Lighthouse, mobile preset (its defaults: Moto G Power screen, simulated slow 4G and 4× CPU).
// One run per page; scores move by a point or two between runs.
const lighthouseResults = [];
for (const path of lighthousePaths) {
	const run = await lighthouse(ORIGIN + path, { port: CDP_PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
	const { categories, audits } = run.lhr;
	const failedA11y = Object.values(audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0 && run.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id);
	lighthouseResults.push({
		path,
		performance: Math.round(categories.performance.score * 100),
		accessibility: Math.round(categories.accessibility.score * 100),
		cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(4)),
		lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
		tbtMs: Math.round(audits['total-blocking-time'].numericValue),
		accessibilityFailures: failedA11y,
	});
}

// 5. Search latency: from the input event to the first result of that query in the dialog's
// ordered list, measured inside the page (no test-driver round trips in the figure).
const queries = ['hoaks', 'engagement', 'akun diretas', 'komentar negatif', 'evaluasi mingguan'];
async function searchOnce(page, query) {
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Cari' }).first().click();
	const input = dialog.getByRole('searchbox');
	await input.waitFor();
	return page.evaluate(
		(q) =>
			new Promise((resolve, reject) => {
				const field = document.querySelector('dialog input[type="search"]');
				const list = document.querySelector('dialog ol[data-results]');
				const status = document.querySelector('dialog [data-status]');
				const done = () => list.children.length > 0 && status.textContent.includes(`“${q}”`);
				const start = performance.now();
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					resolve(performance.now() - start);
				});
				observer.observe(dialog_root(), { subtree: true, childList: true, characterData: true });
				setTimeout(() => reject(new Error(`no result for ${q}`)), 20_000);
				field.value = q;
				field.dispatchEvent(new Event('input', { bubbles: true }));
				function dialog_root() {
					return field.closest('dialog');
				}
			}),
		query
	);
}
const indexChunks = globSync('dist/pagefind/index/*').length;
const cold = [];
const warm = [];
for (let i = 0; i < RUNS; i++) {
	const context = await browser.newContext();
	const chunkRequests = new Set();
	context.on('request', (request) => {
		if (request.url().includes('/pagefind/index/')) chunkRequests.add(request.url());
	});
	const page = await context.newPage();
	await page.goto(ORIGIN + guideline, { waitUntil: 'networkidle' });
	cold.push(await searchOnce(page, queries[i % queries.length]));
	// The dialog preloads the whole index after its first search; warm means that is done.
	// (Pagefind may fetch from a worker, so the chunks are counted from the browser's requests.)
	const deadline = Date.now() + 30_000;
	while (chunkRequests.size < indexChunks && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
	// Warm: the index is loaded; each further query is typed into the open dialog.
	for (let k = 1; k < queries.length; k++) warm.push(await searchOnce(page, queries[(i + k) % queries.length]));
	await context.close();
}
await browser.close();
stop();

const result = {
	date: new Date().toISOString(),
	build: { ms: Math.round(buildMs), pages: pageCount, msPerPage: Math.round(buildMs / pageCount) },
	pagefind: { bytes: pagefindBytes, files: pagefindFiles.length },
	offline,
	pages: weights.map(({ label, path, requests, html, css, js }) => ({ label, path, requests, html: { raw: html.raw, gzip: html.gzip }, css: { raw: css.raw, gzip: css.gzip }, js: { raw: js.raw, gzip: js.gzip } })),
	vsVanilla,
	tools: toolJs,
	lighthouse: lighthouseResults,
	search: { runs: RUNS, coldMedianMs: Math.round(median(cold)), warmMedianMs: Math.round(median(warm)), cold: cold.map(Math.round), warm: warm.map(Math.round) },
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(result, null, 2));

console.log(`\nBuild: ${(buildMs / 1000).toFixed(1)} s untuk ${pageCount} halaman (${result.build.msPerPage} ms per halaman)`);
console.log(`Indeks Pagefind: ${kb(pagefindBytes)} dalam ${pagefindFiles.length} berkas`);
console.log(`Luring: paket krisis otomatis ${kb(offline.precache.bytes)} terkompresi (${offline.precache.files} berkas); seluruh pedoman atas permintaan +${kb(offline.onRequest.bytes)} (${offline.onRequest.files} berkas)\n`);
console.table(
	result.pages.map((p) => ({
		halaman: `${p.label} (${p.path})`,
		permintaan: p.requests,
		'HTML (gzip)': `${kb(p.html.raw)} (${kb(p.html.gzip)})`,
		'CSS (gzip)': `${kb(p.css.raw)} (${kb(p.css.gzip)})`,
		'JS (gzip)': `${kb(p.js.raw)} (${kb(p.js.gzip)})`,
	}))
);
console.log(`Halaman pedoman ${guideline} dibanding halaman Starlight polos dengan isi artikel yang sama (gzip; target ≤ 1,1×):`);
console.table(
	['site', 'vanilla'].map((k) => ({
		halaman: k === 'site' ? 'situs ini' : 'Starlight polos',
		HTML: kb(vsVanilla[k].html),
		CSS: kb(vsVanilla[k].css),
		JS: kb(vsVanilla[k].js),
		jumlah: kb(vsVanilla[k].total),
		permintaan: vsVanilla[k].requests,
	}))
);
console.log(`Rasio: ${vsVanilla.ratio}× (situs polos hanya punya satu halaman, jadi bilah sampingnya kosong; bandingkan juga per kolom)\n`);
if (toolJs.length) console.table(toolJs.map((t) => ({ alat: t.path, 'JS sendiri (gzip)': kb(t.ownGzip), 'JS total (gzip)': kb(t.totalJsGzip) })));
console.log('Lighthouse (seluler; kinerja ≥ 95 dan CLS < 0,05 adalah target):');
console.table(
	lighthouseResults.map((r) => ({
		halaman: r.path,
		kinerja: r.performance,
		CLS: r.cls,
		'LCP (ms)': r.lcpMs,
		'TBT (ms)': r.tbtMs,
		aksesibilitas: r.accessibility,
		'gagal (aksesibilitas)': r.accessibilityFailures.join(', ') || '-',
	}))
);
console.log(`Latensi pencarian (median ${RUNS} kali): dingin ${result.search.coldMedianMs} ms, hangat ${result.search.warmMedianMs} ms`);
console.log('Rincian tersimpan di bench-results/bench.json');
process.exit(0);
