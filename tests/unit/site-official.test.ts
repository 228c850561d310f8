import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSiteConfig, feedbackLink, formatIsoDateId, versionLine, type SiteConfig } from '../../src/lib/site/official.ts';
import { cardPath, socialCardSvg, wrapWords } from '../../src/lib/site/social-card.ts';
import { SITE } from '../../src/config/site.ts';

const page = { title: 'Akun resmi diretas', url: 'https://pedoman.contoh.go.id/krisis/akun-diretas/' };

const config = (over: Partial<SiteConfig> = {}): SiteConfig => ({
	name: 'Pedoman',
	shortName: 'Pedoman',
	logo: './logo.svg',
	themeColor: '#0b5d57',
	publisher: { name: 'Diskominfo Kabupaten Sumbang', email: 'humas@sumbangkab.go.id' },
	feedback: { email: 'humas@sumbangkab.go.id' },
	version: { number: '1.1', status: 'berlaku', since: '2027-01-04' },
	changelog: '/referensi/riwayat-perubahan/',
	licence: { name: 'CC BY 4.0' },
	...over,
});

test('versionLine names the version, status and the date it applies from, in Indonesian', () => {
	assert.equal(versionLine({ number: '1.1', status: 'berlaku', since: '2027-01-04' }), 'Versi 1.1 · berlaku sejak 4 Januari 2027');
	assert.equal(formatIsoDateId('2026-11-21'), '21 November 2026');
});

test('feedbackLink writes a mailto with the page title and address in subject and body', () => {
	const link = feedbackLink({ email: 'humas@sumbangkab.go.id' }, page, 'tidak')!;
	assert.equal(link.kind, 'email');
	const url = new URL(link.href);
	assert.equal(url.protocol, 'mailto:');
	assert.equal(url.pathname, 'humas@sumbangkab.go.id');
	assert.equal(url.searchParams.get('subject'), 'Masukan untuk halaman: Akun resmi diretas');
	const body = url.searchParams.get('body')!;
	assert.match(body, /Alamat: https:\/\/pedoman\.contoh\.go\.id\/krisis\/akun-diretas\//);
	assert.match(body, /membantu\? Tidak/);
	assert.ok(!link.href.includes('+'), 'spaces are %20, not +, so every mail client reads them');
});

test('feedbackLink prefers the issue tracker and passes title and body as parameters', () => {
	const link = feedbackLink({ email: 'a@b.id', issueUrl: 'https://github.com/contoh/pedoman/issues/new' }, page, 'ya')!;
	assert.equal(link.kind, 'tracker');
	const url = new URL(link.href);
	assert.equal(url.origin + url.pathname, 'https://github.com/contoh/pedoman/issues/new');
	assert.equal(url.searchParams.get('title'), 'Masukan untuk halaman: Akun resmi diretas');
	assert.match(url.searchParams.get('body')!, /membantu\? Ya/);
});

test('feedbackLink is null when no route is configured', () => {
	assert.equal(feedbackLink({ email: ' ', issueUrl: '' }, page, 'ya'), null);
});

test('checkSiteConfig accepts a filled configuration and names each problem of a bad one', () => {
	assert.deepEqual(checkSiteConfig(config()), []);
	const problems = checkSiteConfig(
		config({
			publisher: { name: 'X', email: 'humas@contoh.go.id' },
			feedback: { issueUrl: 'http://tracker.local/new' },
			version: { number: '1', status: 'berlaku', since: '21-11-2026' },
			themeColor: 'teal',
		}),
	);
	assert.equal(problems.length, 4, problems.join('\n'));
	assert.match(problems.join('\n'), /publisher\.email/);
	assert.match(problems.join('\n'), /issueUrl harus/);
	assert.match(problems.join('\n'), /version\.since/);
	assert.match(problems.join('\n'), /themeColor/);
	assert.match(checkSiteConfig(config({ feedback: {} })).join(), /feedback: isi email atau issueUrl/);
});

test('the shipped configuration is well formed apart from its example addresses', () => {
	const problems = checkSiteConfig(SITE).filter((p) => !/alamat contoh/.test(p));
	assert.deepEqual(problems, []);
});

test('wrapWords wraps greedily, keeps long words whole and ends a cut text with an ellipsis', () => {
	assert.deepEqual(wrapWords('Akun resmi diretas', 10, 3), ['Akun resmi', 'diretas']);
	assert.deepEqual(wrapWords('Pertanggungjawaban itu', 5, 3), ['Pertanggungjawaban', 'itu']);
	assert.deepEqual(wrapWords('a b c d e f', 1, 2), ['a', 'b…']);
	assert.deepEqual(wrapWords('  ', 10, 2), []);
});

test('socialCardSvg escapes text and shows title, section and site name', () => {
	const svg = socialCardSvg({ title: 'Hoaks & <rumor>', section: 'Krisis', siteName: 'Pedoman Medsos', color: '#0b5d57' });
	assert.match(svg, /Hoaks &amp; &lt;rumor&gt;/);
	assert.match(svg, />Krisis</);
	assert.match(svg, />Pedoman Medsos</);
	assert.ok(!svg.includes('<rumor>'));
});

test('cardPath maps slugs to files under /kartu/', () => {
	assert.equal(cardPath(''), '/kartu/index.png');
	assert.equal(cardPath('/krisis/akun-diretas/'), '/kartu/krisis/akun-diretas.png');
});

test('isWorkingTool: tools, the SOP builder and the triage, not their index pages', async () => {
	const { isWorkingTool } = await import('../../src/lib/site/pages.ts');
	assert.deepEqual(['alat/engagement', 'sop/penyusun', 'krisis/tingkat-krisis', '/alat/kalender-konten/'].map(isWorkingTool), [true, true, true, true]);
	assert.deepEqual(['alat', 'sop', 'krisis', 'krisis/akun-diretas', 'pedoman/alat/x'].map(isWorkingTool), [false, false, false, false, false]);
});
