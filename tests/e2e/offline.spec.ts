import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { searchSite } from './search-helpers.ts';

/** Waits until the service worker controls the page (it has installed the crisis kit by then). */
async function waitForWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
}

test('setelah kunjungan pertama, paket krisis terbuka tanpa jaringan; halaman lain memberi halaman luring situs', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForWorker(page);
	await context.setOffline(true);

	for (const [path, heading] of [
		['/krisis/akun-diretas/', /diretas/i],
		['/krisis/pernyataan-awal/', /Pernyataan awal/i],
		['/krisis/tingkat-krisis/', /tingkat krisis/i],
		['/templat/pengaduan/', /./],
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	// Never visited, not in the kit: our own offline page, at the address asked for.
	await page.goto('/referensi/glosarium/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tanpa sambungan internet');
	expect(new URL(page.url()).pathname).toBe('/referensi/glosarium/');
	await page.getByRole('link', { name: /diretas/i }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/diretas/i);
	await context.setOffline(false);
});

test('"Simpan seluruh pedoman" menyimpan halaman, pencarian dan berkas SOP dengan ukuran dan kemajuannya', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/krisis/');
	await waitForWorker(page);
	const save = page.locator('pm-offline-save').last();
	await save.getByText('Buka pedoman tanpa internet').click();
	await expect(save.getByText(/^Ukuran unduhan: [\d,]+ (KB|MB) \([\d.]+ berkas\)\.$/)).toBeVisible();
	await save.getByRole('button', { name: 'Simpan seluruh pedoman untuk dibuka tanpa internet' }).click();
	await expect(save.getByRole('status')).toHaveText(/^Seluruh pedoman tersimpan/, { timeout: 60_000 });

	await context.setOffline(true);
	for (const [path, heading] of [
		['/sop/publikasi-konten/', /Publikasi/i],
		['/alat/engagement/', /Engagement/i],
		['/referensi/glosarium/', /Glosarium/i],
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
	expect(await page.evaluate(async () => (await fetch('/unduhan/sop/publikasi-konten.docx')).status)).toBe(200);
	const results = await searchSite(page, 'hoaks');
	expect(results.length).toBeGreaterThan(0);
	await context.setOffline(false);
});
