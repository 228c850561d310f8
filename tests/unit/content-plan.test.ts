import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate, toIsoDate } from '../../src/lib/calendar/dates.ts';
import { holidayCalendar } from '../../src/lib/calendar/holidays.ts';
import {
	applyEdits,
	assignPillars,
	buildPlan,
	CONTENT_MIXES,
	countSlots,
	pillarCounts,
	planToCsv,
	planToIcsEvents,
	weeklyPattern,
	weeksOf,
	type PlanSettings,
} from '../../src/lib/calendar/content-plan.ts';
import { parseOwnDates, parseStoredPlan, readPlanForm } from '../../src/lib/calendar/plan-form.ts';
import { buildIcs, escapeIcsText, foldIcsLine, parseIcs, unescapeIcsText } from '../../src/lib/calendar/ics.ts';
import { parseCsv, BOM } from '../../src/lib/csv/csv.ts';
import { HOLIDAY_YEARS } from '../../src/data/hari-libur/index.ts';
import { NATIONAL_DAYS } from '../../src/data/hari-nasional.ts';

const calendar = holidayCalendar(HOLIDAY_YEARS);
const d = (iso: string) => parseIsoDate(iso)!;
const mix = (id: string) => CONTENT_MIXES.find((m) => m.id === id)!.pillars;

test('weeklyPattern spreads N posts over the week (Monday first)', () => {
	const cases: [number, number[]][] = [
		[1, [0, 0, 1, 0, 0, 0, 0]],
		[2, [0, 1, 0, 1, 0, 0, 0]],
		[3, [1, 0, 1, 0, 1, 0, 0]],
		[4, [1, 1, 0, 1, 1, 0, 0]],
		[5, [1, 1, 1, 1, 1, 0, 0]],
		[6, [1, 1, 1, 1, 1, 1, 0]],
		[7, [1, 1, 1, 1, 1, 1, 1]],
		[10, [2, 1, 2, 1, 2, 1, 1]],
		[14, [2, 2, 2, 2, 2, 2, 2]],
		[35, [5, 5, 5, 5, 5, 5, 5]],
	];
	for (const [n, pattern] of cases) {
		assert.deepEqual(weeklyPattern(n), pattern, String(n));
		assert.equal(pattern.reduce((a, b) => a + b, 0), n);
	}
});

test('assignPillars keeps every mix on target and spread out', () => {
	const seventy = assignPillars(10, mix('70-20-10'));
	assert.deepEqual(
		pillarCounts(seventy.map((pillar) => ({ pillar }) as never), mix('70-20-10')).map((c) => c.count),
		[7, 2, 1]
	);
	assert.equal(seventy[0], 'Konten inti: layanan dan program');
	assert.ok(!seventy.join('|').includes('Konten mitra dan berbagi|Konten mitra dan berbagi'), 'no two partner posts in a row');
	const cases: [string, number, number[]][] = [
		['80-20', 5, [4, 1]],
		['80-20', 20, [16, 4]],
		['sepertiga', 9, [3, 3, 3]],
		['sepertiga', 10, [4, 3, 3]],
		['70-20-10', 100, [70, 20, 10]],
	];
	for (const [id, n, counts] of cases) {
		const names = assignPillars(n, mix(id));
		assert.deepEqual(mix(id).map((p) => names.filter((x) => x === p.name).length), counts, `${id} × ${n}`);
	}
	assert.deepEqual(assignPillars(0, mix('80-20')), []);
});

const settings: PlanSettings = {
	start: d('2026-11-02'),
	end: d('2026-11-15'),
	platforms: [
		{ id: 'instagram', perWeek: 3 },
		{ id: 'x', perWeek: 7 },
	],
	pillars: mix('80-20'),
	ownMoments: [{ day: d('2026-11-12'), name: 'Hari Jadi Kabupaten Contoh', kind: 'instansi' }],
};

test('buildPlan: slots per week and platform, moments as notes', () => {
	const plan = buildPlan(settings, calendar, NATIONAL_DAYS);
	assert.equal(plan.slots.length, 2 * 3 + 14);
	assert.equal(countSlots(settings.start, settings.end, settings.platforms), plan.slots.length);
	const instagram = plan.slots.filter((s) => s.platform === 'instagram').map((s) => toIsoDate(s.day));
	assert.deepEqual(instagram, ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13']);
	assert.equal(plan.slots[0]!.id, '2026-11-02-instagram-1');
	assert.deepEqual(
		plan.moments.map((m) => [toIsoDate(m.day), m.name, m.kind]),
		[
			['2026-11-10', 'Hari Pahlawan', 'nasional'],
			['2026-11-12', 'Hari Kesehatan Nasional', 'nasional'],
			['2026-11-12', 'Hari Jadi Kabupaten Contoh', 'instansi'],
		]
	);
	assert.equal(plan.slots.find((s) => s.id === '2026-11-10-x-1')!.note, 'Hari Pahlawan (hari nasional)');
	assert.deepEqual(plan.uncoveredYears, []);
	// Pillars per platform follow 80/20: X has 14 posts → 11 or 12 informative.
	const xInfo = plan.slots.filter((s) => s.platform === 'x' && s.pillar === 'Informasi dan edukasi publik').length;
	assert.ok(xInfo === 11 || xInfo === 12, String(xInfo));
});

test('buildPlan: a partial first week, holidays in notes, a period into an uncovered year', () => {
	const plan = buildPlan(
		{ ...settings, start: d('2026-12-24'), end: d('2027-01-03'), platforms: [{ id: 'facebook', perWeek: 7 }], ownMoments: [] },
		calendar,
		NATIONAL_DAYS
	);
	assert.equal(plan.slots.length, 11);
	assert.equal(plan.slots[0]!.note, 'Kelahiran Yesus Kristus (cuti bersama)');
	assert.equal(plan.slots[1]!.note, 'Kelahiran Yesus Kristus (libur nasional)');
	assert.deepEqual(plan.uncoveredYears, [2027]);
	assert.deepEqual(
		weeksOf(d('2026-12-24'), d('2027-01-03')).map((w) => w.map(toIsoDate)),
		[
			['2026-12-21', '2026-12-24', '2026-12-27'],
			['2026-12-28', '2026-12-28', '2027-01-03'],
		]
	);
});

test('applyEdits keeps topics and valid pillars only', () => {
	const plan = buildPlan(settings, calendar, NATIONAL_DAYS);
	const edited = applyEdits(
		plan.slots,
		{
			'2026-11-02-instagram-1': { pillar: 'Kegiatan dan capaian instansi', topic: 'Jadwal perekaman KTP-el' },
			'2026-11-04-instagram-1': { pillar: 'Pilar yang sudah dihapus' },
			'2099-01-01-x-1': { topic: 'tidak ada' },
		},
		settings.pillars
	);
	assert.equal(edited[0]!.pillar, 'Kegiatan dan capaian instansi');
	assert.equal(edited[0]!.topic, 'Jadwal perekaman KTP-el');
	const second = edited.find((s) => s.id === '2026-11-04-instagram-1')!;
	assert.equal(second.pillar, plan.slots.find((s) => s.id === second.id)!.pillar);
	assert.equal(edited.length, plan.slots.length);
});

test('planToCsv: BOM, semicolons, one row per post, readable back', () => {
	const plan = buildPlan(settings, calendar, NATIONAL_DAYS);
	const slots = applyEdits(plan.slots, { '2026-11-02-instagram-1': { topic: 'Syarat KTP-el; bawa KK, "asli"' } }, settings.pillars);
	const csv = planToCsv(slots);
	assert.ok(csv.startsWith(BOM));
	const parsed = parseCsv(csv);
	assert.ok(parsed.ok);
	assert.equal(parsed.table.separator, ';');
	assert.deepEqual(parsed.table.header, ['Tanggal', 'Hari', 'Platform', 'Pilar', 'Topik', 'Catatan']);
	assert.equal(parsed.table.rows.length, slots.length);
	assert.deepEqual(parsed.table.rows[0]!.cells, ['2026-11-02', 'Senin', 'Instagram', 'Informasi dan edukasi publik', 'Syarat KTP-el; bawa KK, "asli"', '']);
});

test('ICS text helpers: escaping and folding at 75 octets', () => {
	const cases = ['a;b,c\\d', 'dua\nbaris', 'biasa', 'Ibu; "kutip", \\n'];
	for (const c of cases) assert.equal(unescapeIcsText(escapeIcsText(c)), c);
	assert.equal(escapeIcsText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
	const long = `SUMMARY:${'é'.repeat(60)}😀${'x'.repeat(50)}`;
	const folded = foldIcsLine(long);
	const encoder = new TextEncoder();
	for (const line of folded.split('\r\n')) assert.ok(encoder.encode(line).length <= 75, `${encoder.encode(line).length} octets`);
	assert.equal(folded.replace(/\r\n /g, ''), long, 'unfolding gives the original line');
	assert.ok(!folded.includes('\uFFFD'));
	assert.equal(foldIcsLine('SHORT:x'), 'SHORT:x');
});

test('buildIcs: a valid calendar holding the planned events (parsed back)', () => {
	const plan = buildPlan(settings, calendar, NATIONAL_DAYS);
	const slots = applyEdits(plan.slots, { '2026-11-02-instagram-1': { topic: 'Jadwal layanan; Sabtu, "buka" sampai pukul 12.00 — bawa fotokopi KK dan KTP-el asli' } }, settings.pillars);
	const events = planToIcsEvents(slots, plan.moments, 'abc123');
	const text = buildIcs(events, { name: 'Kalender konten @pemkabcontoh', now: new Date(Date.UTC(2026, 10, 21, 8, 30, 0)) });
	assert.ok(text.endsWith('\r\n'));
	for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
	const { calendar: cal, components } = parseIcs(text);
	assert.equal(cal.props.VERSION!.value, '2.0');
	assert.match(cal.props.PRODID!.value, /Pedoman Medsos/);
	assert.equal(components.length, slots.length + plan.moments.length);
	const first = components.find((c) => c.props.UID!.value === '2026-11-02-instagram-1-abc123@kalender-konten.pedoman-medsos')!;
	assert.equal(first.type, 'VEVENT');
	assert.deepEqual(first.props.DTSTART, { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261102' });
	assert.equal(first.props.DTEND!.value, '20261103');
	assert.equal(first.props.DTSTAMP!.value, '20261121T083000Z');
	assert.equal(
		unescapeIcsText(first.props.SUMMARY!.value),
		'Instagram · Informasi dan edukasi publik — Jadwal layanan; Sabtu, "buka" sampai pukul 12.00 — bawa fotokopi KK dan KTP-el asli'
	);
	assert.match(unescapeIcsText(first.props.DESCRIPTION!.value), /^Pilar: Informasi dan edukasi publik\nTopik: Jadwal layanan/);
	const uids = components.map((c) => c.props.UID!.value);
	assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
	const moment = components.find((c) => unescapeIcsText(c.props.SUMMARY!.value) === 'Momen: Hari Pahlawan')!;
	assert.equal(moment.props.DTSTART!.value, '20261110');
	assert.throws(() => parseIcs(text.replace(/\r\n/g, '\n')), /CRLF/);
	assert.throws(() => parseIcs(text.replace('END:VCALENDAR', 'END:VEVENT')), /END/);
});

test('readPlanForm: valid settings', () => {
	const result = readPlanForm({
		mulai: '2026-11-02',
		selesai: '2026-11-15',
		platform: ['instagram', 'x'],
		'per-instagram': '3',
		'per-x': '7',
		campuran: 'sendiri',
		'pilar-1': 'Layanan',
		'persen-1': '50',
		'pilar-2': 'Edukasi',
		'persen-2': '30,5',
		'pilar-3': 'Interaksi',
		'persen-3': '19,5',
		'tanggal-sendiri': '\n12/11/2026 Hari Jadi Kabupaten Contoh\n',
	});
	assert.ok(result.settings, JSON.stringify(result.errors));
	assert.deepEqual(result.settings.platforms, [
		{ id: 'instagram', perWeek: 3 },
		{ id: 'x', perWeek: 7 },
	]);
	assert.deepEqual(result.settings.pillars.map((p) => p.percent), [50, 30.5, 19.5]);
	assert.deepEqual(result.settings.ownMoments.map((m) => toIsoDate(m.day)), ['2026-11-12']);
});

test('readPlanForm: messages at the field for bad input', () => {
	const base = { mulai: '2026-11-02', selesai: '2026-11-15', platform: ['instagram'], 'per-instagram': '3', campuran: '80-20' };
	const cases: [string, Record<string, string | string[]>, Record<string, string>][] = [
		['empty form', {}, { mulai: 'Tanggal mulai wajib diisi.', selesai: 'Tanggal selesai wajib diisi.', platform: 'Pilih minimal satu platform.', campuran: 'Pilih campuran konten.' }],
		['end before start', { selesai: '2026-11-01' }, { selesai: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' }],
		['too long', { selesai: '2027-06-30' }, { selesai: 'Periode paling lama 184 hari (sekitar 6 bulan); periode ini 241 hari. Buat kalender terpisah untuk periode berikutnya.' }],
		['posts per week missing', { 'per-instagram': '' }, { 'per-instagram': 'Unggahan Instagram per minggu wajib diisi.' }],
		['posts per week not whole', { 'per-instagram': '2,5' }, { 'per-instagram': 'Unggahan Instagram per minggu harus bilangan bulat.' }],
		['posts per week too many', { 'per-instagram': '50' }, { 'per-instagram': 'Unggahan Instagram per minggu paling besar 35.' }],
		['text as number', { 'per-instagram': 'tiga' }, { 'per-instagram': 'Unggahan Instagram per minggu harus berupa angka, misalnya 1.250, 12,5, atau 42,5 rb.' }],
		['own pillars do not add up', { campuran: 'sendiri', 'pilar-1': 'A', 'persen-1': '50', 'pilar-2': 'B', 'persen-2': '40' }, { 'persen-2': 'Jumlah persentase semua pilar 90%; harus tepat 100%.' }],
		['one own pillar', { campuran: 'sendiri', 'pilar-1': 'A', 'persen-1': '100' }, { 'persen-1': 'Isi minimal dua pilar beserta persentasenya.' }],
		['percent without a name', { campuran: 'sendiri', 'pilar-1': 'A', 'persen-1': '50', 'persen-2': '50' }, { 'pilar-2': 'Nama pilar 2 wajib diisi karena persentasenya diisi.' }],
		['duplicate pillar', { campuran: 'sendiri', 'pilar-1': 'A', 'persen-1': '50', 'pilar-2': 'a', 'persen-2': '50' }, { 'pilar-2': 'Nama pilar 2 sama dengan pilar lain.' }],
		['bad own date', { 'tanggal-sendiri': '2026-11-12 Hari Jadi\n31/02/2026 Salah' }, { 'tanggal-sendiri': 'Baris 2: tanggal "31/02/2026" tidak ada di kalender.' }],
		['own date without a name', { 'tanggal-sendiri': 'besok rapat' }, { 'tanggal-sendiri': 'Baris 1: tulis tanggal lalu nama momen, misalnya "2026-12-10 Hari Jadi Kabupaten Contoh".' }],
		['too many posts', { selesai: '2027-05-01', platform: ['instagram', 'facebook', 'x'], 'per-instagram': '35', 'per-facebook': '35', 'per-x': '35' }, { selesai: 'Rencana ini berisi 2.715 unggahan; paling banyak 1.200. Persingkat periode atau kurangi frekuensi.' }],
	];
	for (const [why, change, errors] of cases) {
		const values = why === 'empty form' ? change : { ...base, ...change };
		assert.deepEqual(readPlanForm(values).errors, errors, why);
	}
});

test('parseOwnDates reads both date orders', () => {
	const r = parseOwnDates('2026-12-10 Hari Jadi\n1.1.2027 Tahun baru\n\n05-01-2027 Rapat evaluasi');
	assert.ok(r.ok);
	assert.deepEqual(r.moments.map((m) => [toIsoDate(m.day), m.name]), [
		['2026-12-10', 'Hari Jadi'],
		['2027-01-01', 'Tahun baru'],
		['2027-01-05', 'Rapat evaluasi'],
	]);
});

test('parseStoredPlan accepts its own shape and rejects the rest', () => {
	const good = { v: 1, query: '?mulai=2026-11-02', planId: 'abc123', edits: { '2026-11-02-instagram-1': { topic: 'x', pillar: 'A' }, bad: { topic: 'y' }, '2026-11-03-x-1': { topic: 5 } } };
	assert.deepEqual(parseStoredPlan(good), { v: 1, query: 'mulai=2026-11-02', planId: 'abc123', edits: { '2026-11-02-instagram-1': { topic: 'x', pillar: 'A' } } });
	for (const bad of [null, 'x', { v: 2, query: '', planId: 'abc123' }, { v: 1, query: 5, planId: 'abc123' }, { v: 1, query: '', planId: 'A B' }])
		assert.equal(parseStoredPlan(bad), undefined, JSON.stringify(bad));
});

test('changing posts per week lists the topics already written, and can move them to the nearest free post', async () => {
	const { orphanTopics, moveOrphanTopics } = await import('../../src/lib/calendar/content-plan.ts');
	const two = buildPlan({ ...settings, platforms: [{ id: 'facebook', perWeek: 2 }] }, calendar, NATIONAL_DAYS).slots;
	const edits = Object.fromEntries(two.slice(0, 3).map((s, i) => [s.id, { topic: `Topik ${i + 1}` }]));
	assert.equal(orphanTopics(two, edits).length, 0);
	const three = buildPlan({ ...settings, platforms: [{ id: 'facebook', perWeek: 3 }] }, calendar, NATIONAL_DAYS).slots;
	const orphans = orphanTopics(three, edits);
	assert.ok(orphans.length > 0, 'some topics lose their post');
	assert.deepEqual(
		orphans.map((o) => o.topic),
		['Topik 1', 'Topik 2', 'Topik 3'].filter((t) => !three.some((s) => edits[s.id]?.topic === t))
	);
	const { edits: moved, moved: count } = moveOrphanTopics(three, edits);
	assert.equal(count, orphans.length);
	assert.equal(orphanTopics(three, moved).length, 0);
	const topics = three.map((s) => moved[s.id]?.topic).filter(Boolean).sort();
	assert.deepEqual(topics, ['Topik 1', 'Topik 2', 'Topik 3']);
});

test('moment UIDs name the moment, so adding a date elsewhere keeps every other UID', async () => {
	const { planToIcsEvents } = await import('../../src/lib/calendar/content-plan.ts');
	const plan = buildPlan(settings, calendar, NATIONAL_DAYS);
	const before = planToIcsEvents([], plan.moments, 'abcd1234').map((e) => e.uid);
	const added = [{ day: settings.start, name: 'Hari Jadi Kabupaten Contoh', kind: 'instansi' as const }, ...plan.moments];
	const after = planToIcsEvents([], added, 'abcd1234').map((e) => e.uid);
	assert.equal(after.length, before.length + 1);
	for (const uid of before) assert.ok(after.includes(uid), uid);
});

test('a stored plan with long settings keeps its topics', () => {
	const query = `mulai=2026-12-01&tanggal=${encodeURIComponent('2026-12-01 Peringatan Hari Jadi ke-245 Kabupaten Contoh (HUT) – Apel, Upacara & Lomba/Bazar\n'.repeat(80))}`;
	assert.ok(query.length > 8000);
	const plan = parseStoredPlan({ v: 1, query, planId: 'abcd1234', edits: { '2026-12-01-facebook-1': { topic: 'TOPIK' } } });
	assert.equal(plan?.edits['2026-12-01-facebook-1']?.topic, 'TOPIK');
});

test('a moment on a day without a post can get one, kept by id and named in its note', async () => {
	const { momentDaysWithoutPost, momentPostId, withMomentPosts } = await import('../../src/lib/calendar/content-plan.ts');
	const weekdays = { ...settings, platforms: [{ id: 'facebook' as const, perWeek: 5 }], ownMoments: [{ day: d('2026-11-15'), name: 'Hari Jadi Kabupaten Contoh', kind: 'instansi' as const }] };
	const plan = buildPlan(weekdays, calendar, NATIONAL_DAYS);
	const free = momentDaysWithoutPost(plan, plan.slots, weekdays);
	assert.deepEqual(free.map((f) => [toIsoDate(f.day), f.platforms]), [['2026-11-15', ['facebook']]]);
	const id = momentPostId(d('2026-11-15'), 'facebook');
	const slots = withMomentPosts(plan, weekdays, [id, momentPostId(d('2026-11-14'), 'facebook'), momentPostId(d('2026-11-15'), 'x')]);
	assert.equal(slots.length, plan.slots.length + 1);
	assert.match(slots.at(-1)!.note, /^Unggahan tambahan untuk momen; Hari Jadi Kabupaten Contoh \(momen instansi\)$/);
	assert.equal(momentDaysWithoutPost(plan, slots, weekdays).length, 0);
	assert.deepEqual(parseStoredPlan({ v: 1, query: '', planId: 'abcd1234', edits: {}, extra: [id, 'x'] })?.extra, [id]);
});

test('readPlanForm: a two-digit year from a date picker is named at the field', () => {
	const r = readPlanForm({ mulai: '0026-12-01', selesai: '2026-12-14', platform: 'facebook', 'per-facebook': '2', campuran: '80-20' });
	assert.match(r.errors?.mulai ?? '', /tahun 0026 di luar rentang 2000–2100/);
});
