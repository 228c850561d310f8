import { test, expect } from './fixtures.ts';

/** Guideline chapters written in this branch, with the H1 each must show. */
const pages: [path: string, title: string][] = [
	['/pedoman/prinsip-etika/', 'Prinsip dan etika media sosial instansi'],
	['/pedoman/perencanaan/strategi-komunikasi/', 'Menyusun strategi komunikasi media sosial'],
	['/pedoman/perencanaan/pemetaan-audiens/', 'Pemetaan audiens dan pemangku kepentingan'],
	['/pedoman/perencanaan/narasi-tunggal/', 'Narasi tunggal dan orkestrasi komunikasi'],
	['/pedoman/perencanaan/digital-branding/', 'Digital branding dan optimasi profil akun'],
	['/pedoman/tata-kelola/struktur-akun-berlapis/', 'Struktur akun berlapis dan batas etikanya'],
	['/pedoman/tata-kelola/peran-tanggung-jawab/', 'Peran dan tanggung jawab tim media sosial'],
	['/pedoman/tata-kelola/keamanan-akun/', 'Keamanan akun media sosial instansi'],
	['/pedoman/tata-kelola/siklus-hidup-akun/', 'Siklus hidup akun dari pembuatan sampai penutupan'],
	['/pedoman/hoaks/klarifikasi-hoaks/', 'Klarifikasi hoaks dan disinformasi'],
	['/pedoman/admin/kesejahteraan-admin/', 'Kesejahteraan admin media sosial'],
];

for (const [path, title] of pages) {
	test(`${path} menampilkan judul, bagian-bagian, dan contoh Lakukan/Hindari`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		// Sections of the page body itself, not counting the "Rujukan" list added from the frontmatter.
		const sections = page.locator('main .sl-markdown-content h2').filter({ hasNotText: /^Rujukan$/ });
		expect(await sections.count()).toBeGreaterThanOrEqual(3);
		await expect(page.getByRole('heading', { level: 2, name: 'Rujukan' })).toBeVisible();
		expect(await page.getByRole('group', { name: /^Lakukan dan hindari/ }).count()).toBeGreaterThanOrEqual(2);
		await expect(page.getByText('Terakhir ditinjau 21 November 2026')).toBeVisible();
	});
}

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
