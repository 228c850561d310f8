import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect } from './fixtures.ts';
import { pageEngine } from './search-helpers.ts';
import { searchSite } from '../../src/lib/search/pipeline.ts';
import { GLOSSARY_URL } from '../../src/lib/search/pagefind-config.ts';

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

test('pertanyaan "apa itu …" untuk setiap istilah glosarium dan sebutan lainnya menemukan glosarium atau babnya di tiga teratas', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/referensi/glosarium/');
	// The site's own search pipeline (src/lib/search) over the built index, as the dialog runs it.
	// The glossary answers definition questions; for other queries the dedicated pages come first.
	const engine = await pageEngine(page);
	const missing: string[] = [];
	for (const { term, aka, see } of terms) {
		for (const query of [term, ...(aka ?? []).slice(0, 1)]) {
			const { results } = await searchSite(`apa itu ${query}`, engine, { limit: 3, glossaryUrl: GLOSSARY_URL, excerpts: false });
			const paths = results.map((r) => new URL(r.url, 'http://x').pathname);
			if (!paths.some((p) => p.startsWith('/referensi/glosarium/') || p.startsWith(see.href))) missing.push(`${query} → ${paths.join(', ')}`);
		}
	}
	expect(missing).toEqual([]);
});
