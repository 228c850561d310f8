import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Offline use after a first visit: a Workbox service worker (`/sw.js`) generated from the
 * built site. What an admin may need in the field without network is precached: the home
 * page, the crisis centre (with the holding statements), every SOP page and Word file, the
 * tools, the scripts and styles, and the Pagefind search index. Other pages are kept as they
 * are visited (network first, cache when offline), which keeps the first download small.
 * Each file is cached under its content hash, so a new deployment replaces exactly what
 * changed; the new worker takes over at once (skipWaiting + clientsClaim), so returning
 * readers get the update without clearing anything by hand.
 */
export default function offline(): AstroIntegration {
	return {
		name: 'pedoman:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await generateSW({
					globDirectory: fileURLToPath(dir),
					swDest: fileURLToPath(new URL('sw.js', dir)),
					globPatterns: [
						'index.html',
						'404.html',
						'{krisis,sop,alat}/**/index.html',
						'unduhan/**/*',
						'_astro/**/*.{css,js,svg,png,woff2}',
						'*.{svg,png}',
						'pagefind/**/*',
					],
					// Pagefind's stock UIs are not used: the search dialog drives Pagefind's JS API (src/components/search/).
					globIgnores: ['kartu-sosial.png', 'pagefind/pagefind-*ui.{js,css}'],
					runtimeCaching: [
						{
							urlPattern: ({ request }) => request.mode === 'navigate',
							handler: 'NetworkFirst',
							options: { cacheName: 'halaman-dikunjungi', networkTimeoutSeconds: 4, expiration: { maxEntries: 200 } },
						},
					],
					maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
					// Tools keep their inputs in the query string: /alat/engagement/?jangkauan=… is the same page.
					ignoreURLParametersMatching: [/.*/],
					directoryIndex: 'index.html',
					skipWaiting: true,
					clientsClaim: true,
					cleanupOutdatedCaches: true,
					inlineWorkboxRuntime: true,
					sourcemap: false,
					mode: 'production',
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Service worker: ${count} berkas (${(size / 1024 / 1024).toFixed(2)} MB) disimpan untuk dipakai tanpa jaringan.`);
			},
		},
	};
}
