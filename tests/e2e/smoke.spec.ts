import { test, expect } from './fixtures.ts';
import { SITE } from '../../src/config/site.ts';

test('halaman beranda berbahasa Indonesia dengan judul situs', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	// The guide's name is in the header and the window title; the page's own heading says what the home page is for.
	await expect(page).toHaveTitle(new RegExp(SITE.name));
	await expect(page.getByRole('banner').getByRole('link', { name: new RegExp(SITE.name) })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
