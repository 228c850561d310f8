import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';
import { test, expect } from './fixtures.ts';
import { fillIdentity, openBuilder } from './sop-helpers.ts';
import { sitemapPaths } from './sitemap.ts';
import { searchSite } from './search-helpers.ts';
import { unzipSync, strFromU8 } from 'fflate';

/**
 * The Content-Security-Policy holds on every page and in the main interactive flows. The guard in
 * fixtures.ts fails a test on any violation; these tests make sure the pages and flows are visited.
 */

/**
 * Every page of the sitemap carries the policy and has no inline script left. Runtime violations on
 * every sitemap page are caught by the guard while foundation.spec.ts visits each page (axe, three
 * variants), so this test reads the built files instead of loading 96 pages a second time.
 */
test('setiap halaman di peta situs membawa kebijakan CSP yang ketat dan tidak memuat skrip sebaris', () => {
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(50);
	for (const path of [...paths, '/404.html']) {
		const html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&quot;', '"');
		expect(policy, path).toBe(contentSecurityPolicy('meta'));
		// The policy comes before any script, so it applies to all of them.
		expect(html.indexOf('content-security-policy'), path).toBeLessThan(html.indexOf('<script'));
		const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/\ssrc=/.test(attrs!) && !/type="application\/(ld\+)?json"/.test(attrs!));
		expect(inline.map(([tag]) => tag), `${path}: inline scripts`).toEqual([]);
	}
});

test('pencarian, alat hitung, penentu tingkat krisis dan tampilan cetak berjalan tanpa pelanggaran CSP', async ({ page }) => {
	await page.goto('/krisis/');
	expect((await searchSite(page, 'akun diretas')).length).toBeGreaterThan(0);

	await page.goto('/alat/engagement/');
	await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('2.000');
	await page.getByRole('textbox', { name: 'Komentar' }).fill('245');
	await page.getByRole('textbox', { name: 'Dibagikan' }).fill('60');
	await page.getByRole('textbox', { name: 'Disimpan' }).fill('40');
	await page.getByRole('textbox', { name: 'Jangkauan (reach)' }).fill('48.000');
	await page.getByRole('button', { name: 'Hitung' }).click();
	await expect(page.getByRole('region', { name: 'Hasil' })).toContainText('4,9%');

	await page.goto('/krisis/tingkat-krisis/?skenario=hoaks-viral&sebaran=meluas&sentimen=negatif&pejabat=tidak&dampak=layanan&media=belum&hukum=tidak');
	await expect(page.getByRole('region', { name: /^Hasil:/ })).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	await page.goto('/cetak/');
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
});

test('penyusun SOP mengunduh DOCX dan templat balasan disalin tanpa pelanggaran CSP', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openBuilder(page, '?dari=penanganan-pengaduan');
	await fillIdentity(page, 'Pemerintah Kabupaten Contoh');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Unduh DOCX' }).click();
	const file = readFileSync((await (await downloading).path())!);
	const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
	expect(xml).toContain('Pemerintah Kabupaten Contoh');

	await page.goto('/templat/pengaduan/');
	const template = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Salin teks' }) }).first();
	for (const field of await template.getByRole('textbox').all()) await field.fill('Kak Rina');
	await template.getByRole('button', { name: 'Salin teks' }).click();
	await expect(template.getByRole('status')).toHaveText(/disalin/i);
	await expect.poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(20);
});
