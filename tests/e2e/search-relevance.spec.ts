import { test, expect } from './fixtures.ts';
import { HELD_OUT } from '../search/held-out.ts';
import { TUNING } from '../search/tuning.ts';
import { PENDING } from '../search/pending.ts';
import { TUNING_2 } from '../search/tuning-2.ts';
import { HELD_OUT_3 } from '../search/held-out-3.ts';
import { HELD_OUT_4 } from '../search/held-out-4.ts';
import { CATEGORIES, type RelevanceCase } from '../search/types.ts';
import { searchSite, siteThesaurus } from '../../src/lib/search/pipeline.ts';
import { pageEngine } from './search-helpers.ts';
import { analyzeQuery } from '../../src/lib/search/analyze.ts';
import { GLOSSARY_URL } from '../../src/lib/search/pagefind-config.ts';

/**
 * The search relevance suite. The site's own pipeline (src/lib/search) runs every query of the
 * held-out and the tuning set against the built Pagefind index, loaded once in one page.
 * It prints top-1, top-3 and zero-result rates per category for every set, and fails when a
 * gated set is under 90% top-3 or over 2% zero results, or its crisis category is under 95% top-3.
 * Sets written later are reported from the start and gated once they meet the bar, so the report
 * keeps their honest first figure (see each file's header).
 */

interface Row extends RelevanceCase {
	set: string;
	top: string[];
}

const pct = (n: number, of: number) => (of ? `${((n / of) * 100).toFixed(1)}%` : '–');

function table(rows: Row[]): string {
	const lines = ['kategori    n   top-1   top-3   nol'];
	for (const c of [...CATEGORIES, 'semua' as const]) {
		const r = c === 'semua' ? rows : rows.filter((x) => x.category === c);
		const top1 = r.filter((x) => x.expect.includes(x.top[0] ?? '')).length;
		const top3 = r.filter((x) => x.top.slice(0, 3).some((u) => x.expect.includes(u))).length;
		const zero = r.filter((x) => x.top.length === 0).length;
		lines.push(`${c.padEnd(10)} ${String(r.length).padStart(3)}  ${pct(top1, r.length).padStart(6)}  ${pct(top3, r.length).padStart(6)}  ${pct(zero, r.length).padStart(5)}`);
	}
	return lines.join('\n');
}

test('relevansi pencarian: set uji tertahan dan set penyetelan ≥ 90% top-3, ≤ 2% tanpa hasil, krisis ≥ 95%', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/');
	const engine = await pageEngine(page);
	const pending: RelevanceCase[] = [];
	for (const c of PENDING) {
		const ok = await page.evaluate(async (url) => (await fetch(url, { method: 'HEAD' })).ok, c.expect[0]!);
		if (ok) pending.push(c);
	}
	const sets: { name: string; cases: RelevanceCase[]; gated: boolean }[] = [
		{ name: 'tertahan (held-out)', cases: [...HELD_OUT, ...pending], gated: true },
		// Written blind on 2026-12-01; their first honest figures are under the bar (held-out-3:
		// top-3 79.0%, crisis 75.0%; held-out-4: 72.0%, crisis 52.5%). Reported, not gates, until a
		// change made without looking at them lifts them over it: no set is made to pass by tuning.
		{ name: 'tertahan 3 (held-out, Desember 2026)', cases: HELD_OUT_3, gated: false },
		{ name: 'tertahan 4 (held-out, Desember 2026)', cases: HELD_OUT_4, gated: false },
		{ name: 'penyetelan (tuning)', cases: TUNING, gated: true },
		{ name: 'penyetelan 2 (tuning, Desember 2026)', cases: TUNING_2, gated: false },
	];

	// The suite's own promise: enough long questions and enough chat spellings, typos or loanwords.
	const thesaurus = siteThesaurus();
	const all = [...HELD_OUT, ...TUNING];
	const long = all.filter((c) => c.query.split(/\s+/).length >= 5).length;
	const informal = all.filter((c) => {
		const a = analyzeQuery(c.query, thesaurus);
		const site = new Set(a.units.flatMap((u) => (u.concept >= 0 ? thesaurus.concepts[u.concept]!.site.join(' ').split(' ') : [])));
		return a.words.join(' ') !== c.query.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() || a.units.some((u) => u.concept >= 0 && u.source.split(' ').some((w) => !site.has(w)));
	}).length;
	console.log(`Kueri: ${all.length} (+${pending.length} tertunda) · kalimat panjang (≥ 5 kata): ${long} · ejaan obrolan, salah ketik atau kata serapan: ${informal}`);
	expect(all.length).toBeGreaterThanOrEqual(200);
	expect(long).toBeGreaterThanOrEqual(60);
	expect(informal).toBeGreaterThanOrEqual(40);

	const failures: string[] = [];
	for (const { name, cases, gated } of sets) {
		// Queries run a few at a time: each is two round trips to the page (search, then load).
		const rows: Row[] = [];
		for (let i = 0; i < cases.length; i += 8) {
			const batch = await Promise.all(
				cases.slice(i, i + 8).map(async (c) => {
					const outcome = await searchSite(c.query, engine, { limit: 3, glossaryUrl: GLOSSARY_URL, excerpts: false });
					return { ...c, set: name, top: outcome.results.map((r) => new URL(r.url, 'http://x').pathname) };
				})
			);
			rows.push(...batch);
		}
		console.log(`\nSet ${name}${gated ? '' : ' (dilaporkan, belum menjadi gerbang)'}\n${table(rows)}`);
		const misses = rows.filter((r) => !r.top.some((u) => r.expect.includes(u)));
		if (misses.length) console.log(`Belum di tiga teratas:\n${misses.map((r) => `  [${r.category}] "${r.query}" → ${r.top.join(', ') || '(tidak ada hasil)'} (diharapkan ${r.expect.join(' | ')})`).join('\n')}`);
		const top3 = (rows.length - misses.length) / rows.length;
		const zero = rows.filter((r) => r.top.length === 0).length / rows.length;
		const crisis = rows.filter((r) => r.category === 'krisis');
		const crisisTop3 = crisis.filter((r) => r.top.some((u) => r.expect.includes(u))).length / crisis.length;
		if (!gated) continue;
		if (top3 < 0.9) failures.push(`${name}: top-3 ${pct(top3 * rows.length, rows.length)} < 90%`);
		if (zero > 0.02) failures.push(`${name}: tanpa hasil ${pct(zero * rows.length, rows.length)} > 2%`);
		if (crisisTop3 < 0.95) failures.push(`${name}: krisis top-3 ${pct(crisisTop3 * crisis.length, crisis.length)} < 95%`);
	}
	expect(failures, failures.join('\n')).toEqual([]);
});
