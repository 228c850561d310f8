import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TITLES_FILE } from '../lib/search/pagefind-config.ts';

/**
 * Writes `/pagefind/<TITLES_FILE>`: Pagefind page id → [url, title], read from the fragments
 * Pagefind has just written. The search dialog ranks and lists results with it, and loads a
 * page's fragment only for its excerpt, after the list is shown. Must run after Starlight's
 * Pagefind step and before the offline worker is generated (so the file is precached).
 */
export default function searchTitles(): AstroIntegration {
	return {
		name: 'pedoman:search-titles',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const fragments = new URL('pagefind/fragment/', dir);
				const files = (await readdir(fragments)).filter((f) => f.endsWith('.pf_fragment'));
				const titles: Record<string, [string, string]> = {};
				for (const file of files) {
					const text = gunzipSync(await readFile(new URL(file, fragments))).toString('utf8');
					const page = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta?: { title?: string } };
					titles[file.replace(/\.pf_fragment$/, '')] = [page.url, page.meta?.title ?? page.url];
				}
				await writeFile(fileURLToPath(new URL(`pagefind/${TITLES_FILE}`, dir)), JSON.stringify(titles));
				logger.info(`${files.length} judul halaman untuk pencarian`);
			},
		},
	};
}
