import { test, expect } from './fixtures.ts';
import { GAMBAR, type NamaGambar } from '../../src/data/gambar.ts';

/** Pages with figures, and the figures each must show. */
const figurePages: [path: string, figures: NamaGambar[]][] = [
	['/pedoman/tata-kelola/struktur-akun-berlapis/', ['struktur-akun']],
	['/pedoman/interaksi/menanggapi-komentar/', ['triase-komentar']],
	['/krisis/tingkat-krisis/', ['pohon-tingkat-krisis']],
	['/pedoman/konten/persetujuan-konten/', ['alur-persetujuan']],
	['/pedoman/hoaks/klarifikasi-hoaks/', ['alur-klarifikasi-hoaks', 'matriks-tanggapan-hoaks']],
	['/pedoman/perencanaan/narasi-tunggal/', ['kaskade-narasi-tunggal']],
	['/pedoman/evaluasi/evaluasi-mingguan/', ['siklus-evaluasi-mingguan']],
	['/pedoman/konten/pilar-konten/', ['porsi-konten']],
	['/sop/', ['anatomi-sop']],
	['/pedoman/tata-kelola/siklus-hidup-akun/', ['siklus-hidup-akun']],
	['/pedoman/konten/visual-template/', ['ukuran-platform']],
	['/krisis/langkah-pertama/', ['lini-masa-15-menit']],
];

test('setiap gambar tampil sebagai SVG bernama di layar 375 px, tanpa geser ke samping dan dengan teks minimal 12 px', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 375, height: 800 });
	const seen = new Set<string>();
	for (const [path, names] of figurePages) {
		await page.goto(path);
		for (const name of names) {
			const figure = page.getByRole('img', { name: GAMBAR[name].title, exact: true });
			await expect(figure, `${name} di ${path}`).toBeVisible();
			await expect(figure).toHaveAccessibleDescription(/.{40,}/);
			const box = (await figure.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(375);
			// Drawn at this size, the diagram's smallest text is (rendered width / drawing width) × its size.
			const smallest = await figure.evaluate((svg) => {
				const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
				const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
				return Math.min(...sizes) * scale;
			});
			expect(smallest, `${name}: teks terkecil`).toBeGreaterThanOrEqual(12);
			seen.add(name);
		}
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${path} bergeser ke samping`).toBeLessThanOrEqual(0);
	}
	expect(seen.size).toBe(Object.keys(GAMBAR).length);
});

test('halaman bergambar tidak memuat JavaScript tambahan', async ({ page }) => {
	const scripts = async (path: string) => {
		await page.goto(path);
		return page.locator('script').evaluateAll((list) =>
			list.map((s) => (s as HTMLScriptElement).src.replace(/.*\//, '') || `inline:${(s.textContent ?? '').length > 0}`).sort()
		);
	};
	// Two chapters of the same section; only the first has a figure.
	const withFigure = await scripts('/pedoman/perencanaan/narasi-tunggal/');
	await expect(page.getByRole('img', { name: GAMBAR['kaskade-narasi-tunggal'].title })).toBeVisible();
	const without = await scripts('/pedoman/perencanaan/strategi-komunikasi/');
	expect(await page.locator('.dg-figure').count()).toBe(0);
	expect(withFigure).toEqual(without);
	expect(await page.locator('.dg-figure script, .pm script').count()).toBe(0);
});

test('contoh unggahan ditandai fiktif dan dinilai dengan kata, bukan warna saja', async ({ page }) => {
	await page.goto('/pedoman/interaksi/menanggapi-komentar/');
	const pair = page.getByRole('group', { name: /^Contoh fiktif: membalas komentar yang marah/ });
	await expect(pair.getByText(/Contoh fiktif · Kurang tepat/)).toBeVisible();
	await expect(pair.getByText(/Contoh fiktif · Lebih baik/)).toBeVisible();
});

test('gambar tercetak hitam di atas latar terang', async ({ page }) => {
	await page.goto('/pedoman/evaluasi/evaluasi-mingguan/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const figure = page.getByRole('img', { name: GAMBAR['siklus-evaluasi-mingguan'].title });
	await expect(figure).toBeVisible();
	const fill = await figure.locator('text').first().evaluate((t) => getComputedStyle(t).fill);
	expect(fill).toBe('rgb(0, 0, 0)');
});
