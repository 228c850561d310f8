import { test, expect } from './fixtures.ts';

test('daftar periksa pra-publikasi menyimpan centang setelah halaman dimuat ulang', async ({ page }) => {
	await page.goto('/pedoman/konten/persetujuan-konten/');
	const checklist = page.getByRole('group', { name: 'Daftar periksa pra-publikasi' });
	const boxes = checklist.getByRole('checkbox');
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(12);
	expect(total).toBeLessThanOrEqual(16);
	await expect(checklist.getByText(`0 dari ${total} butir selesai`)).toBeVisible();

	const timeZone = checklist.getByRole('checkbox', { name: /zona waktu/ });
	const personalData = checklist.getByRole('checkbox', { name: /data pribadi warga/ });
	await timeZone.check();
	await personalData.check();
	await expect(checklist.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	await page.reload();
	const reloaded = page.getByRole('group', { name: 'Daftar periksa pra-publikasi' });
	await expect(reloaded.getByRole('checkbox', { name: /zona waktu/ })).toBeChecked();
	await expect(reloaded.getByRole('checkbox', { name: /data pribadi warga/ })).toBeChecked();
	await expect(reloaded.getByRole('checkbox', { name: /Nama, gelar, dan jabatan/ })).not.toBeChecked();
	await expect(reloaded.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	// Clearing asks first (a native confirm).
	page.once('dialog', (dialog) => void dialog.accept());
	await reloaded.getByRole('button', { name: 'Atur ulang daftar' }).click();
	await expect(reloaded.getByText(`0 dari ${total} butir selesai`)).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: 'Daftar periksa pra-publikasi' }).getByRole('checkbox', { name: /zona waktu/ })).not.toBeChecked();
});
