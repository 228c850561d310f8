import { test, expect } from './fixtures.ts';
import { RELEVANCE_CASES } from '../search/queries.ts';

/**
 * Runs every query of the relevance suite against the built Pagefind index (the same index
 * and API the search dialog uses) and reports top-1 and top-3 hit rates. Passes at ≥ 90 % top-3.
 */
test('relevansi pencarian: minimal 90% kueri menemukan halaman yang tepat di tiga teratas', async ({ page }) => {
	test.setTimeout(120_000);
	expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(60);
	await page.goto('/');
	const ranked = await page.evaluate(async (queries) => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ bundle);
		await pagefind.init();
		const out: string[][] = [];
		for (const q of queries) {
			const search = await pagefind.search(q);
			const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
			out.push(top.map((d: { url: string }) => d.url));
		}
		return out;
	}, RELEVANCE_CASES.map((c) => c.query));

	const rows = RELEVANCE_CASES.map((c, i) => {
		const top = ranked[i]!;
		return { ...c, top, top1: c.expect.includes(top[0] ?? ''), top3: top.some((u) => c.expect.includes(u)) };
	});
	const top1 = rows.filter((r) => r.top1).length;
	const top3 = rows.filter((r) => r.top3).length;
	const pct = (n: number) => `${((n / rows.length) * 100).toFixed(1)}%`;
	const misses = rows.filter((r) => !r.top3).map((r) => `  "${r.query}" → ${r.top.join(', ') || '(tidak ada hasil)'} (diharapkan ${r.expect[0]})`);
	console.log(`Relevansi pencarian: ${rows.length} kueri · top-1 ${top1} (${pct(top1)}) · top-3 ${top3} (${pct(top3)})`);
	if (misses.length) console.log(`Belum di tiga teratas:\n${misses.join('\n')}`);
	expect(top3 / rows.length, `top-3 ${pct(top3)}; meleset:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
});
