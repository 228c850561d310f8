import { test, expect } from './fixtures.ts';
import { pathsWithElement, sitemapPaths } from './sitemap.ts';

/**
 * Every checklist on the site, found in the built pages (so a new one is tested without editing
 * this file): ticks survive a reload, the progress line counts them, and "Atur ulang daftar" asks
 * first and then clears them for good. Storage blocked, full and two tabs: islands-storage.spec.ts.
 */
const pages = sitemapPaths().filter((p) => p !== '/cetak/');
const withChecklist = pathsWithElement(pages, 'pm-checklist');

test('peta situs memuat halaman dengan daftar periksa', () => {
	expect(withChecklist.length).toBeGreaterThanOrEqual(3);
});

for (const path of withChecklist) {
	test(`daftar periksa ${path}: centang bertahan setelah dimuat ulang, hitungan benar, atur ulang menghapusnya`, async ({ page }) => {
		await page.goto(path);
		const list = () => page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Atur ulang daftar' }) }).first();
		const boxes = list().getByRole('checkbox');
		const total = await boxes.count();
		expect(total).toBeGreaterThanOrEqual(3);
		await expect(list().getByText(`0 dari ${total} butir selesai`)).toBeVisible();

		await boxes.first().check();
		await boxes.last().check();
		await expect(list().getByText(`2 dari ${total} butir selesai`)).toBeVisible();

		await page.reload();
		await expect(boxes.first()).toBeChecked();
		await expect(boxes.last()).toBeChecked();
		await expect(boxes.nth(1)).not.toBeChecked();
		await expect(list().getByText(`2 dari ${total} butir selesai`)).toBeVisible();

		// Clearing asks first (a native confirm); dismissing it keeps the ticks.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await list().getByRole('button', { name: 'Atur ulang daftar' }).click();
		await expect(list().getByText(`2 dari ${total} butir selesai`)).toBeVisible();
		page.once('dialog', (dialog) => void dialog.accept());
		await list().getByRole('button', { name: 'Atur ulang daftar' }).click();
		await expect(list().getByText(`0 dari ${total} butir selesai`)).toBeVisible();

		await page.reload();
		await expect(boxes.first()).not.toBeChecked();
		await expect(list().getByText(`0 dari ${total} butir selesai`)).toBeVisible();
	});
}
