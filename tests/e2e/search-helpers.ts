import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import type { SearchEngine } from '../../src/lib/search/pipeline.ts';
import { PAGEFIND_RANKING, PRELOAD_PREFIXES, TITLES_FILE } from '../../src/lib/search/pagefind-config.ts';

/**
 * Opens the site search from the header (unless it is open), types a query and waits for the results.
 * @returns the result links (path only) in ranking order
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Cari' }).first().click();
	await dialog.getByRole('searchbox').fill(query);
	await expect(dialog.getByRole('status')).toHaveText(new RegExp(`hasil untuk “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`), { timeout: 15_000 });
	return resultPaths(page);
}

/** The ordered list of results in the search dialog. */
export function resultList(page: Page) {
	return page.getByRole('dialog', { name: 'Cari' }).getByRole('list', { name: 'Hasil pencarian' });
}

/** Paths of the results currently listed in the search dialog, in rank order (sections of a page left out). */
export async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await resultList(page)
		.locator(':scope > li > a')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
	return hrefs.map((href) => new URL(href, 'http://x').pathname);
}

/** Pagefind in the page, driven from the test: the same engine calls the dialog makes. */
export async function pageEngine(page: Page): Promise<SearchEngine> {
	const titles = await page.evaluate(async (file) => (await fetch(`/pagefind/${file}`)).json() as Promise<Record<string, [string, string]>>, TITLES_FILE);
	const pageCount = await page.evaluate(async ([ranking, prefixes]) => {
		const bundle = '/pagefind/pagefind.js';
		const pf = await import(/* @vite-ignore */ bundle);
		await pf.options({ ranking });
		await pf.init();
		await Promise.all(prefixes.map((c: string) => pf.preload(c)));
		const w = window as unknown as { pf: unknown; hits: Map<string, unknown> };
		w.pf = pf;
		w.hits = new Map();
		// As in the dialog (src/components/search/engine.ts): every indexed page has one Jenis.
		const jenis = ((await pf.filters()) as Record<string, Record<string, number>>)['Jenis'] ?? {};
		return Object.values(jenis).reduce((a, b) => a + b, 0);
	}, [PAGEFIND_RANKING, PRELOAD_PREFIXES] as const);
	return {
		pageCount,
		describe: (id) => {
			const entry = titles[id];
			expect(entry, `page id ${id} in /pagefind/${TITLES_FILE}`).toBeDefined();
			return { url: entry![0], title: entry![1] };
		},
		search: (terms, filters) =>
			page.evaluate(
				async ([list, f]) => {
					type Hit = { id: string; score: number };
					const w = window as unknown as { pf: { search: (t: string, o: object) => Promise<{ results: Hit[] }> }; hits: Map<string, unknown> };
					return Promise.all(
						list.map(async (t) => {
							const found = await w.pf.search(t, { filters: f ?? {} });
							for (const r of found.results) w.hits.set(r.id, r);
							return found.results.map((r) => ({ id: r.id, score: r.score }));
						})
					);
				},
				[terms, filters] as const
			),
		load: (ids) =>
			page.evaluate(async (keys) => {
				type Data = { url: string; meta: { title?: string }; excerpt: string; sub_results: { title: string; url: string; excerpt: string }[] };
				const w = window as unknown as { hits: Map<string, { data: () => Promise<Data> }> };
				return Promise.all(
					keys.map(async (key) => {
						const d = await w.hits.get(key)!.data();
						return { url: d.url, title: d.meta.title ?? '', excerpt: d.excerpt, sections: d.sub_results };
					})
				);
			}, ids),
	};
}

