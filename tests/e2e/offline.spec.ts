import { test, expect } from './fixtures.ts';
import { searchSite } from './search-helpers.ts';

test('setelah kunjungan pertama, pusat krisis, SOP, alat dan pencarian tetap bekerja tanpa jaringan', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	// Wait until the service worker controls the page and has precached the site.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
		return registration.active?.state;
	});
	await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
	await context.setOffline(true);

	for (const [path, heading] of [
		['/krisis/akun-diretas/', /diretas/i],
		['/krisis/pernyataan-awal/', /Pernyataan awal/i],
		['/sop/publikasi-konten/', /Publikasi/i],
		['/alat/engagement/', /Engagement/i],
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
	const docx = await page.evaluate(async () => (await fetch('/unduhan/sop/publikasi-konten.docx')).status);
	expect(docx).toBe(200);

	await page.goto('/krisis/akun-diretas/');
	const results = await searchSite(page, 'hoaks');
	expect(results.length).toBeGreaterThan(0);
	await context.setOffline(false);
});
