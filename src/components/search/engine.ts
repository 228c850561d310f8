/**
 * The browser side of the search pipeline: Pagefind's JS API (`/pagefind/pagefind.js`, built
 * with the site) wrapped as the engine src/lib/search/pipeline.ts drives. Loaded once, on first
 * use; works offline because the service worker precaches the index.
 */
import type { EngineHit, PageData, SearchEngine, SearchFilterChoice } from '../../lib/search/pipeline.ts';
import { PAGEFIND_RANKING, PRELOAD_PREFIXES, TITLES_FILE } from '../../lib/search/pagefind-config.ts';

interface PagefindResult extends EngineHit {
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string; sub_results?: { title: string; url: string; excerpt: string }[] }>;
}
interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(term: string, o?: object): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload(term: string): Promise<void>;
}

let engine: Promise<SearchEngine> | undefined;

/** The site's search engine, created on first call. */
export function pagefindEngine(): Promise<SearchEngine> {
	engine ??= (async () => {
		const bundle = '/pagefind/pagefind.js'; // served by the built site, not a module of the project
		const pf = (await import(/* @vite-ignore */ bundle)) as Pagefind;
		await pf.options({ ranking: PAGEFIND_RANKING, excerptLength: 24 });
		await pf.init();
		// Page id → [url, title], written at build time; without it the pipeline loads pages to rank them.
		const titles: Record<string, [string, string]> = await fetch(`/pagefind/${TITLES_FILE}`)
			.then((r) => (r.ok ? r.json() : {}))
			.catch(() => ({}));
		// Every indexed page has exactly one Jenis, so their counts add up to the number of pages.
		const filters = await pf.filters();
		const pageCount = Object.values(filters['Jenis'] ?? {}).reduce((a, b) => a + b, 0) || 100;
		// The index is a few chunks split by word; load them all after the first search has had
		// its turn, so later queries never wait for the network (or the service worker).
		setTimeout(() => {
			for (const c of PRELOAD_PREFIXES) void pf.preload(c).catch(() => {});
		}, 200);
		const found = new Map<string, PagefindResult>();
		return {
			pageCount,
			describe(id: string) {
				const entry = titles[id];
				return entry ? { url: entry[0], title: entry[1] } : undefined;
			},
			async search(terms: string[], choice?: SearchFilterChoice): Promise<EngineHit[][]> {
				return Promise.all(
					terms.map(async (term) => {
						const { results } = await pf.search(term, { filters: choice ?? {} });
						for (const r of results) found.set(r.id, r);
						return results.map((r) => ({ id: r.id, score: r.score }));
					})
				);
			},
			async load(ids: string[]): Promise<PageData[]> {
				return Promise.all(
					ids.map(async (id) => {
						const d = await found.get(id)!.data();
						return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, sections: d.sub_results ?? [] };
					})
				);
			},
		};
	})();
	engine.catch(() => (engine = undefined));
	return engine;
}
