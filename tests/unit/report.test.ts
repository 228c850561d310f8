import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate, parseIsoDate } from '../../src/lib/calendar/dates.ts';
import { dateOrder, foldHeader, mapColumns, parseCount, parsePostDate, readPosts } from '../../src/lib/report/posts.ts';
import { engagementRate, percentChange, weeklyReport } from '../../src/lib/report/weekly.ts';
import { barLineChart, escapeXml, horizontalBarChart, niceCeil } from '../../src/lib/report/chart.ts';
import { templateCsv, TEMPLATE_ROWS } from '../../src/lib/report/template.ts';

const cols = (r: Extract<ReturnType<typeof readPosts>, { ok: true }>) => ({
	impressions: r.columns.impressions !== undefined,
	follows: r.columns.follows !== undefined,
	pillar: r.columns.pillar !== undefined,
	type: r.columns.type !== undefined,
	platform: r.columns.platform !== undefined,
	interactionFields: (['likes', 'comments', 'shares', 'saves'] as const).filter((f) => r.columns[f] !== undefined),
});

/** A Meta Business Suite style export (English headers, US dates, quoted captions with commas and line breaks). */
const META_EXPORT = [
	'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves',
	'17900000000000001,1784000,pemkabcontoh,Pemkab Contoh,"Jadwal layanan, Sabtu buka",0,11/16/2026 09:30,https://www.instagram.com/p/AAA/,IG image,,Lifetime,"7,400",5200,402,38,15,61,22',
	'17900000000000002,1784000,pemkabcontoh,Pemkab Contoh,"Kenali hoaks lowongan CPNS:',
	'cek di situs resmi, ""bukan"" tautan pendek",31,11/18/2026 16:05,https://www.instagram.com/reel/BBB/,IG reel,,Lifetime,13800,9100,760,210,41,120,95',
	'17900000000000003,1784000,pemkabcontoh,Pemkab Contoh,Rapat koordinasi banjir,0,11/19/2026 10:00,https://www.instagram.com/p/CCC/,IG image,,Lifetime,3500,2800,96,3,0,7,1',
].join('\r\n');

test('foldHeader and mapColumns match English, Indonesian and template headers', () => {
	assert.equal(foldHeader('  Waktu_Publikasi '), 'waktu publikasi');
	assert.equal(foldHeader('Pengikut-baru'), 'pengikut baru');
	assert.deepEqual(mapColumns(['Publish time', 'Reach', 'Views', 'Impressions', 'Likes']), { date: 0, reach: 1, impressions: 3, likes: 4 });
	assert.deepEqual(mapColumns(['Waktu publikasi', 'Jangkauan', 'Tayangan', 'Suka', 'Komentar', 'Dibagikan', 'Disimpan', 'Mengikuti', 'Jenis postingan']), {
		date: 0,
		reach: 1,
		impressions: 2,
		likes: 3,
		comments: 4,
		shares: 5,
		saves: 6,
		follows: 7,
		type: 8,
	});
});

test('parseCount reads counts in both notations and rejects the rest', () => {
	const cases: [string, number | undefined][] = [
		['1234', 1234],
		['1.234', 1234],
		['1,234', 1234],
		['1.234.567', 1234567],
		[' 7 400 ', 7400],
		['', 0],
		['-', 0],
		['12.0', 12],
		['12,5', undefined],
		['1.23', undefined],
		['1.234,5', undefined],
		['-5', undefined],
		['12a', undefined],
		['1,234.567', undefined],
	];
	for (const [text, value] of cases) assert.equal(parseCount(text), value, JSON.stringify(text));
});

test('dates: ISO, day-first and month-first, decided per file', () => {
	assert.equal(dateOrder(['16/11/2026', '01/11/2026'], true), 'dmy');
	assert.equal(dateOrder(['11/16/2026 09:30'], false), 'mdy');
	assert.equal(dateOrder(['01/02/2026'], true), 'mdy');
	assert.equal(dateOrder(['01/02/2026'], false), 'dmy');
	assert.equal(dateOrder(['16/11/2026', '11/16/2026'], false), 'conflict');
	const day = (text: string, order: 'dmy' | 'mdy') => {
		const d = parsePostDate(text, order);
		return d === undefined ? undefined : toIsoDate(d);
	};
	assert.equal(day('2026-11-16', 'dmy'), '2026-11-16');
	assert.equal(day('2026-11-16T09:30:00+0700', 'mdy'), '2026-11-16');
	assert.equal(day('16/11/2026 09.30', 'dmy'), '2026-11-16');
	assert.equal(day('11/16/2026 9:30 AM', 'mdy'), '2026-11-16');
	assert.equal(day('16-11-2026', 'dmy'), '2026-11-16');
	assert.equal(day('31/02/2026', 'dmy'), undefined);
	assert.equal(day('kemarin', 'dmy'), undefined);
});

test('readPosts: the site template', () => {
	const r = readPosts(templateCsv());
	assert.ok(r.ok, r.ok ? '' : r.message);
	assert.equal(r.posts.length, TEMPLATE_ROWS.length);
	assert.equal(r.posts[6]!.description, 'Syarat, jadwal; dan lokasi layanan "jemput bola"');
	assert.equal(r.posts[0]!.follows, 12);
	assert.equal(r.dateOrder, 'dmy');
});

test('readPosts: a Meta export with quoted multi-line captions', () => {
	const r = readPosts(META_EXPORT);
	assert.ok(r.ok, r.ok ? '' : r.message);
	assert.equal(r.posts.length, 3);
	assert.deepEqual(r.posts.map((p) => p.line), [2, 3, 5]);
	assert.equal(r.posts[1]!.description, 'Kenali hoaks lowongan CPNS:\ncek di situs resmi, "bukan" tautan pendek');
	assert.equal(r.posts[0]!.impressions, 7400);
	assert.equal(toIsoDate(r.posts[1]!.day), '2026-11-18');
	assert.equal(r.columns.impressions, 'Views');
	assert.equal(r.dateOrder, 'mdy');
});

test('readPosts: malformed files get a message naming line and column', () => {
	const header = 'tanggal;judul;jangkauan;suka;komentar';
	const cases: [string, string, RegExp][] = [
		['bad number', `${header}\n2026-11-16;A;5200;402;61\n2026-11-17;B;12a;3;1\n`, /^Baris 3, kolom 3 \(jangkauan\): "12a" bukan bilangan bulat\./],
		['decimal count', `${header}\n2026-11-16;A;5200;40,5;61\n`, /^Baris 2, kolom 4 \(suka\): "40,5" bukan bilangan bulat\./],
		['bad date', `${header}\n16 Nov;A;5200;402;61\n`, /^Baris 2, kolom 1 \(tanggal\): tanggal "16 Nov" tidak dikenali\./],
		['unclosed quote', `${header}\n2026-11-16;"A;5200;402;61\n2026-11-17;B;1;1;1\n`, /^Baris 2, kolom 2: tanda kutip/],
		['short row', `${header}\n2026-11-16;A;5200\n`, /^Baris 2, kolom 4: baris ini berisi 3 kolom, padahal baris judul berisi 5 kolom\./],
		['no reach column', 'tanggal;suka\n2026-11-16;3\n', /^Baris 1 \(judul kolom\): kolom jangkauan tidak ditemukan\. Nama yang dikenali: "jangkauan", "reach"/],
		['no date column', 'jangkauan;suka\n1;3\n', /^Baris 1 \(judul kolom\): kolom tanggal tidak ditemukan\./],
		['no interaction column', 'tanggal;jangkauan\n2026-11-16;3\n', /tidak ada kolom interaksi/],
		['header only', `${header}\n`, /belum ada data unggahan/],
		['empty', '', /^Baris 1, kolom 1: Berkas kosong/],
		['mixed date orders', `${header}\n16/11/2026;A;1;1;1\n11/17/2026;B;1;1;1\n`, /urutan campuran/],
	];
	for (const [why, text, message] of cases) {
		const r = readPosts(text);
		assert.equal(r.ok, false, why);
		assert.match((r as { message: string }).message, message, why);
	}
});

test('weeklyReport: totals, week-on-week, best/worst, pillars (template data)', () => {
	const r = readPosts(templateCsv());
	assert.ok(r.ok);
	const report = weeklyReport(r.posts, cols(r));
	assert.equal(toIsoDate(report.weekStart), '2026-11-16');
	assert.deepEqual(report.current, { posts: 4, reach: 21800, impressions: 31300, interactions: 2249, engagementRate: (2249 / 21800) * 100, follows: 65 });
	assert.equal(report.previousSource, 'berkas');
	assert.deepEqual(report.previous, { posts: 3, reach: 14100, impressions: 20000, interactions: 1306, engagementRate: (1306 / 14100) * 100, follows: 44 });
	assert.equal(report.best.map((p) => p.description).join(' | '), 'Kenali hoaks lowongan kerja CPNS | Perpanjangan jam layanan Disdukcapil');
	assert.equal(report.worst.map((p) => p.description).join(' | '), 'Rapat koordinasi kesiapsiagaan banjir | Syarat, jadwal; dan lokasi layanan "jemput bola"');
	assert.equal(report.groupBy, 'pilar');
	assert.deepEqual(report.groups.map((g) => [g.name, g.posts, g.reach, g.interactions]), [
		['Edukasi', 2, 13800, 1619],
		['Layanan', 1, 5200, 523],
		['Kegiatan', 1, 2800, 107],
	]);
	assert.equal(report.daily.length, 14);
	assert.equal(toIsoDate(report.daily[0]!.day), '2026-11-09');
	assert.deepEqual(report.daily.map((d) => d.posts), [1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0]);
	assert.equal(report.daily[1]!.engagementRate, undefined);
	assert.equal(report.ignored, 0);
	assert.equal(Math.round(percentChange(report.current.reach, report.previous!.reach)! * 10) / 10, 54.6);
});

test('weeklyReport: one week in the file, last week typed by the reader; posts outside ignored', () => {
	const r = readPosts(META_EXPORT);
	assert.ok(r.ok);
	const report = weeklyReport(r.posts, cols(r), { manual: { reach: 15000, interactions: 1500 } });
	assert.equal(report.previousSource, 'isian');
	assert.deepEqual(report.previous, { reach: 15000, interactions: 1500 });
	assert.equal(report.groupBy, 'jenis');
	assert.equal(report.daily.length, 7);
	assert.equal(report.current.follows, 56);
	const none = weeklyReport(r.posts, cols(r));
	assert.equal(none.previousSource, 'tidak ada');
	assert.equal(none.previous, undefined);
	const older = weeklyReport(r.posts, cols(r), { weekStart: parseIsoDate('2026-11-30')! });
	assert.equal(older.current.posts, 0);
	assert.equal(older.current.engagementRate, undefined);
	assert.equal(older.ignored, 3);
	assert.throws(() => weeklyReport([], cols(r)), RangeError);
});

test('engagementRate and percentChange never give Infinity or NaN', () => {
	assert.equal(engagementRate(10, 0), undefined);
	assert.equal(engagementRate(0, 100), 0);
	assert.equal(percentChange(10, 0), undefined);
	assert.equal(percentChange(undefined, 5), undefined);
	assert.equal(percentChange(5, undefined), undefined);
	assert.equal(percentChange(15, 10), 50);
	assert.equal(percentChange(5, 10), -50);
});

test('charts: escaped text, sane scales, accessible names', () => {
	assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	const cases: [number, number][] = [
		[0, 1],
		[7, 10],
		[21800, 25000],
		[9100, 10000],
		[13.02, 20],
		[0.4, 0.5],
		[100, 100],
	];
	for (const [value, nice] of cases) assert.ok(Math.abs(niceCeil(value) - nice) < 1e-9, `${value} → ${niceCeil(value)}`);
	const svg = barLineChart(
		[
			{ label: '16 Nov', bar: 5200, line: 10.06 },
			{ label: '17 Nov', bar: 0 },
			{ label: '<b>', bar: 9100, line: 13.02 },
		],
		{ id: 'c1', title: 'Jangkauan & ER', description: 'x', barName: 'Jangkauan', lineName: 'ER', formatBar: String, formatLine: (n) => `${n}%` }
	);
	assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="c1-t c1-d"/);
	assert.match(svg, /<title id="c1-t">Jangkauan &amp; ER<\/title>/);
	assert.ok(svg.includes('&lt;b&gt;') && !svg.includes('<b>'));
	assert.ok(!/NaN|Infinity/.test(svg));
	assert.equal((svg.match(/class="pm-chart__bar"/g) ?? []).length, 4, 'three bars and the legend swatch');
	assert.match(svg, /d="M[\d.]+ [\d.]+ M[\d.]+ [\d.]+"/, 'the line breaks where a day has no value');
	const bars = horizontalBarChart(
		[
			{ label: 'Edukasi', value: 11.7, text: '11,7%' },
			{ label: 'Kegiatan', value: 0, text: '0%' },
		],
		{ id: 'c2', title: 'ER per pilar', description: 'y' }
	);
	assert.ok(!/NaN|Infinity/.test(bars));
	assert.match(bars, /width="0"/);
	assert.ok(!/NaN|Infinity/.test(horizontalBarChart([{ label: 'a', value: 0, text: '0' }], { id: 'c3', title: 't', description: 'd' })));
});
