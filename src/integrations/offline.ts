import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { build } from 'vite';
import { FULL_LIST, OFFLINE_PAGE, closure, formatBytes, isKitPage, isPage, isUnusedPagefindFile, pageUrl, type OfflineList } from '../lib/offline/plan.ts';

/** Files never worth keeping offline: the service worker itself, sitemaps, the social card. */
const NEVER = /^\/(sw\.js|sitemap[^/]*\.xml|kartu-sosial\.png|pedoman-luring\.json)$/;
/** Files the server sends uncompressed because they are compressed already. */
const COMPRESSED = /\.(png|jpe?g|webp|avif|woff2?|docx|zip|pagefind|pf_\w+)$/;

/**
 * Offline use (src/lib/offline/plan.ts, src/sw/service-worker.ts). After the build this:
 * 1. works out the crisis kit (home, /krisis/, /templat/, the offline page) and every file those
 *    pages load, following static imports but not lazy ones (the Word generator loads on demand);
 * 2. bundles the service worker with that precache list into /sw.js;
 * 3. writes /pedoman-luring.json: every other file a reader may save on request, with its
 *    transfer size, for "Simpan seluruh pedoman untuk dibuka tanpa internet".
 * Nothing here depends on the time of the build, so the same input gives the same files.
 */
export default function offline(): AstroIntegration {
	return {
		name: 'pedoman:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
					.filter((e) => e.isFile())
					.map((e) => '/' + relative(root, join(e.parentPath, e.name)).split('\\').join('/'))
					.sort();
				const exists = new Set(files);
				const text = new Map<string, string>();
				/** Reads a built file by site path; page addresses (`/krisis/`) map to their index.html. */
				const read = (path: string) => {
					const file = path.endsWith('/') ? `${path}index.html` : path;
					if (!exists.has(file)) return undefined;
					if (!text.has(file)) text.set(file, readFileSync(join(root, file), 'utf8'));
					return text.get(file);
				};
				const pages = files.filter((f) => f.endsWith('.html')).map((f) => pageUrl(f));
				const kitPages = pages.filter(isKitPage);
				const kitAssets = closure(kitPages, read);
				const offlineAssets = [...closure([OFFLINE_PAGE], read)];

				let languages: string[] = [];
				try {
					languages = Object.values(JSON.parse(read('/pagefind/pagefind-entry.json') ?? '{}').languages ?? {}).map((l) => (l as { wasm: string }).wasm);
				} catch {
					languages = [];
				}

				const kitFiles = [...kitPages.map((p) => (p.endsWith('/') ? `${p}index.html` : p)), ...kitAssets];
				const { manifestEntries, size, warnings } = await getManifest({
					globDirectory: root,
					globPatterns: kitFiles.map((f) => f.slice(1)),
					maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
					// Pages are stored under their address (/krisis/), the way readers ask for them.
					manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: pageUrl(e.url) })), warnings: [] })],
					// Hashed file names need no revision parameter.
					dontCacheBustURLsMatching: /^\/?_astro\//,
				});
				for (const warning of warnings) logger.warn(warning);
				const precache = (manifestEntries ?? []).map((e) => ({ url: e.url.startsWith('/') ? e.url : `/${e.url}`, revision: e.revision }));

				await build({
					configFile: false,
					publicDir: false,
					logLevel: 'warn',
					define: {
						__PRECACHE__: JSON.stringify(precache),
						__OFFLINE_ASSETS__: JSON.stringify(offlineAssets),
						'process.env.NODE_ENV': JSON.stringify('production'),
					},
					build: {
						outDir: root,
						emptyOutDir: false,
						copyPublicDir: false,
						minify: true,
						sourcemap: false,
						lib: { entry: fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url)), formats: ['iife'], name: 'pedomanSw', fileName: () => 'sw.js' },
					},
				});

				// Transfer size: what the server sends (gzip for text, as deploy/ configures it).
				const transfer = (path: string) => {
					const bytes = readFileSync(join(root, path));
					return COMPRESSED.test(path) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
				};
				const inKit = new Set(kitFiles);
				const rest = files
					.filter((f) => !inKit.has(f) && !NEVER.test(f) && !isUnusedPagefindFile(f, languages) && f !== '/404.html')
					.map((f) => ({ url: f.endsWith('.html') && isPage(pageUrl(f)) ? pageUrl(f) : f, bytes: transfer(f) }));
				const kitBytes = kitFiles.reduce((sum, f) => sum + transfer(f), 0);
				const list: OfflineList = { kit: { files: kitFiles.length, bytes: kitBytes }, rest, restBytes: rest.reduce((s, f) => s + f.bytes, 0) };
				writeFileSync(join(root, FULL_LIST), JSON.stringify(list));
				logger.info(
					`Service worker: paket krisis ${kitFiles.length} berkas, ${formatBytes(kitBytes)} terkompresi (${formatBytes(size)} mentah) disimpan otomatis; ` +
						`sisanya ${rest.length} berkas, ${formatBytes(list.restBytes)}, disimpan atas permintaan.`,
				);
			},
		},
	};
}
