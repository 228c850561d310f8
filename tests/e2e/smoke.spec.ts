import { test, expect } from './fixtures.ts';

test('halaman beranda berbahasa Indonesia dengan judul situs', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expect(page.getByRole('heading', { level: 1, name: 'Pedoman Media Sosial Instansi Pemerintah' })).toBeVisible();
});
