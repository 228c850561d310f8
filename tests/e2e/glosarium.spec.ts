import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect } from './fixtures.ts';

interface Term {
	id: string;
	term: string;
	aka?: string[];
	see: { href: string };
}
const terms = yaml.load(readFileSync('src/data/glosarium.yaml', 'utf8')) as Term[];

test('glosarium memuat setidaknya 60 istilah, masing-masing dengan jangkar dan tautan bab', async ({ page }) => {
	expect(terms.length).toBeGreaterThanOrEqual(60);
	await page.goto('/referensi/glosarium/');
	for (const t of terms) {
		const heading = page.locator(`h3#${t.id}`);
		await expect(heading).toHaveText(t.term);
	}
	await expect(page.getByText(`${terms.length} istilah, disusun menurut abjad.`)).toBeVisible();
});

test('setiap istilah glosarium dan sebutan lainnya ditemukan oleh pencarian (glosarium atau babnya di lima teratas)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/referensi/glosarium/');
	// Query the same Pagefind index the search dialog uses, term by term.
	const misses = await page.evaluate(async (list) => {
		const bundle = '/pagefind/pagefind.js'; // served by the built site, not a module of the project
		const pagefind = await import(/* @vite-ignore */ bundle);
		await pagefind.init();
		const missing: string[] = [];
		for (const { term, aka, see } of list) {
			for (const query of [term, ...(aka ?? []).slice(0, 1)]) {
				const search = await pagefind.search(query);
				const top = await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
				const found = top.some((d: { url: string }) => d.url.startsWith('/referensi/glosarium/') || d.url.startsWith(see.href));
				if (!found) missing.push(query);
			}
		}
		return missing;
	}, terms);
	expect(misses).toEqual([]);
});
