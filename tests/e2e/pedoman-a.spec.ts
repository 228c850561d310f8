import { test, expect } from './fixtures.ts';

test('daftar periksa keamanan akun menyimpan centang setelah dimuat ulang dan bisa diatur ulang', async ({ page }) => {
	await page.goto('/pedoman/tata-kelola/keamanan-akun/');
	const list = page.getByRole('group', { name: 'Periksa keamanan akun instansi' });
	const boxes = list.getByRole('checkbox');
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(10);
	expect(total).toBeLessThanOrEqual(14);
	await expect(list.getByText(`0 dari ${total} butir selesai`)).toBeVisible();

	const twoFactor = list.getByRole('checkbox', { name: /Verifikasi dua langkah aktif/ });
	const offboarding = list.getByRole('checkbox', { name: /Tidak ada mantan pegawai/ });
	await twoFactor.check();
	await offboarding.check();
	await expect(list.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	await page.reload();
	await expect(twoFactor).toBeChecked();
	await expect(offboarding).toBeChecked();
	await expect(list.getByRole('checkbox', { name: /Email pemulihan memakai alamat dinas/ })).not.toBeChecked();
	await expect(list.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	page.once('dialog', (dialog) => void dialog.accept());
	await list.getByRole('button', { name: 'Atur ulang daftar' }).click();
	await expect(list.getByText(`0 dari ${total} butir selesai`)).toBeVisible();
	await expect(twoFactor).not.toBeChecked();

	await page.reload();
	await expect(twoFactor).not.toBeChecked();
	await expect(offboarding).not.toBeChecked();
	await expect(list.getByText(`0 dari ${total} butir selesai`)).toBeVisible();
});
