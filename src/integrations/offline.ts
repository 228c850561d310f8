import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Offline use after a first visit: a Workbox service worker (`/sw.js`) generated from the
 * built site. Everything an admin may need in the field without network is precached:
 * every page, the SOP Word files, the scripts and styles, and the Pagefind search index.
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
					globPatterns: ['**/*.{html,css,js,svg,png,ico,webmanifest,docx,txt}', 'pagefind/**/*'],
					globIgnores: ['sw.js', 'workbox-*.js', 'kartu-sosial.png', 'sitemap-*.xml'],
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
