import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { searchFilters, formatDateId } from '../../src/lib/content/taxonomy.ts';
import { buildSidebar, slugFromPath, SIDEBAR_PLAN } from '../../src/lib/content/sidebar.ts';

const valid = {
	description: 'Deskripsi halaman yang cukup panjang untuk lolos validasi skema.',
	jenis: 'Pedoman',
	lastReviewed: '2026-11-21',
	sources: [{ title: 'Permenpan RB No. 83 Tahun 2012' }],
};

test('frontmatter: a complete page is accepted and dates become Date objects', () => {
	const page = guideFrontmatter.parse(valid);
	assert.equal(page.lastReviewed.toISOString().slice(0, 10), '2026-11-21');
	assert.deepEqual(page.platform, []);
});

test('frontmatter: errors name the field that is wrong', () => {
	const cases: [Record<string, unknown>, string][] = [
		[{ ...valid, jenis: 'Berita' }, 'jenis'],
		[{ ...valid, platform: ['myspace'] }, 'platform'],
		[{ ...valid, tahap: 'kapan-kapan' }, 'tahap'],
		[{ ...valid, lastReviewed: 'kemarin' }, 'lastReviewed'],
		[{ ...valid, sources: [] }, 'sources'],
		[{ ...valid, sources: [{ title: 'Situs', url: 'ftp://contoh' }] }, 'sources'],
		[{ ...valid, description: 'Pendek.' }, 'description'],
		[{ ...valid, jenis: undefined }, 'jenis'],
	];
	for (const [input, field] of cases) {
		const result = guideFrontmatter.safeParse(input);
		assert.equal(result.success, false, `${field} should fail`);
		assert.equal(result.error!.issues[0]!.path[0], field);
	}
});

test('frontmatter: a page left out of search needs no jenis', () => {
	assert.equal(guideFrontmatter.safeParse({ ...valid, jenis: undefined, pagefind: false }).success, true);
});

test('searchFilters uses reader-facing labels', () => {
	assert.deepEqual(searchFilters({ jenis: 'Krisis', platform: ['x', 'instagram'], tahap: 'saat' }), {
		jenis: ['Krisis'],
		platform: ['X (Twitter)', 'Instagram'],
		tahap: ['Saat krisis'],
	});
	assert.deepEqual(searchFilters({}), { jenis: [], platform: [], tahap: [] });
});

test('formatDateId writes Indonesian dates', () => {
	assert.equal(formatDateId(new Date('2026-11-21')), '21 November 2026');
	assert.equal(formatDateId(new Date('2027-01-01')), '1 Januari 2027');
});

test('slugFromPath maps files to Starlight slugs', () => {
	assert.equal(slugFromPath('krisis/index.mdx'), 'krisis');
	assert.equal(slugFromPath('index.mdx'), '');
	assert.equal(slugFromPath('pedoman/konten/pilar-konten.md'), 'pedoman/konten/pilar-konten');
});

test('buildSidebar lists only sections that have pages', () => {
	const sidebar = buildSidebar(SIDEBAR_PLAN, ['', 'mulai/cara-menggunakan', 'pedoman/prinsip-etika', 'referensi/glosarium']);
	assert.deepEqual(sidebar, [
		{ label: 'Mulai', items: [{ autogenerate: { directory: 'mulai' } }] },
		{ label: 'Pedoman', items: ['pedoman/prinsip-etika'] },
		{ label: 'Referensi', items: [{ autogenerate: { directory: 'referensi' } }] },
	]);
	const withCrisis = buildSidebar(SIDEBAR_PLAN, ['krisis', 'pedoman/platform/x']);
	assert.deepEqual(withCrisis, [
		{ label: 'Pedoman', items: [{ label: 'Platform', collapsed: true, items: [{ autogenerate: { directory: 'pedoman/platform' } }] }] },
		{ label: 'Krisis', items: [{ autogenerate: { directory: 'krisis' } }] },
	]);
});

test('readingOrder follows the plan, then sidebar.order, then slug', async () => {
	const { readingOrder, planGroup } = await import('../../src/lib/content/sidebar.ts');
	const pages = [
		{ slug: 'pedoman/konten/b', order: 2 },
		{ slug: 'pedoman/konten/a', order: 2 },
		{ slug: 'pedoman/konten/z', order: 1 },
		{ slug: 'pedoman/konten/tanpa-urutan' },
		{ slug: 'pedoman/konten/tersembunyi', order: 0, hidden: true },
		{ slug: 'pedoman/prinsip-etika' },
		{ slug: 'pedoman/admin/kesejahteraan-admin' },
		{ slug: 'mulai/cara-menggunakan', order: 1 },
	];
	assert.deepEqual(readingOrder(planGroup(SIDEBAR_PLAN, 'Pedoman'), pages), [
		'pedoman/prinsip-etika',
		'pedoman/konten/z',
		'pedoman/konten/a',
		'pedoman/konten/b',
		'pedoman/konten/tanpa-urutan',
		'pedoman/admin/kesejahteraan-admin',
	]);
	assert.deepEqual(planGroup(SIDEBAR_PLAN, 'Tidak ada'), []);
});

test('buildSidebar: the SOP group lists the catalogue, the builder and every generated SOP page in order', () => {
	const sops = [
		{ slug: 'publikasi-konten', title: 'Publikasi Konten', order: 3 },
		{ slug: 'perencanaan-konten', title: 'Perencanaan Konten Media Sosial', order: 1 },
	];
	assert.deepEqual(buildSidebar(SIDEBAR_PLAN, ['sop', 'sop/penyusun'], sops), [
		{
			label: 'SOP',
			items: [
				'sop',
				'sop/penyusun',
				{
					label: 'Daftar SOP',
					items: [
						{ label: 'Perencanaan Konten Media Sosial', link: '/sop/perencanaan-konten/' },
						{ label: 'Publikasi Konten', link: '/sop/publikasi-konten/' },
					],
				},
			],
		},
	]);
	// Without the catalogue page the SOP pages are still reachable; without anything, no group.
	assert.deepEqual(buildSidebar(SIDEBAR_PLAN, [], sops.slice(1)), [
		{ label: 'SOP', items: [{ label: 'Daftar SOP', items: [{ label: 'Perencanaan Konten Media Sosial', link: '/sop/perencanaan-konten/' }] }] },
	]);
	assert.deepEqual(buildSidebar(SIDEBAR_PLAN, []), []);
});

test('collapseGroups closes every group, nested ones too, and leaves links alone', async () => {
	const { collapseGroups } = await import('../../src/lib/content/sidebar.ts');
	assert.deepEqual(collapseGroups(['mulai', { label: 'A', items: [{ label: 'B', items: [{ autogenerate: { directory: 'b' } }] }, { label: 'x', link: '/x/' }] }]), [
		'mulai',
		{ label: 'A', collapsed: true, items: [{ label: 'B', collapsed: true, items: [{ autogenerate: { directory: 'b' } }] }, { label: 'x', link: '/x/' }] },
	]);
});
