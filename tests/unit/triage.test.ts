import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
	QUESTIONS,
	announcement,
	assess,
	missingMessage,
	missingQuestions,
	parseQuery,
	questionById,
	toQuery,
	unknownMessage,
	type Answers,
} from '../../src/lib/crisis/triage.ts';
import { LEVELS, levelById } from '../../src/lib/crisis/levels.ts';
import { SCENARIOS, playbookHref, scenarioBySlug } from '../../src/lib/crisis/scenarios.ts';

/** A calm baseline: every answer at level 1. Cases override what they need. */
const calm: Required<Answers> = {
	skenario: 'hoaks-viral',
	sebaran: 'terbatas',
	sentimen: 'netral',
	pejabat: 'tidak',
	dampak: 'tidak',
	media: 'belum',
	hukum: 'tidak',
};

/** [description, overrides, expected level, expected escalated, expected first reason (substring)] */
const cases: [string, Answers, 1 | 2 | 3, boolean, string][] = [
	['everything calm → Rendah', {}, 1, false, 'Tidak ada faktor yang menaikkan tingkat'],
	['"lainnya" scenario, everything calm → Rendah', { skenario: 'lainnya' }, 1, false, 'Tidak ada faktor'],
	['one factor at level 2 (spreading) → Sedang', { sebaran: 'meluas' }, 2, false, 'dibagikan ulang'],
	['two factors at level 2 → still Sedang (boundary below escalation)', { sebaran: 'meluas', sentimen: 'negatif' }, 2, false, 'dibagikan ulang'],
	['three factors at level 2 → escalated to Tinggi (boundary)', { sebaran: 'meluas', sentimen: 'negatif', media: 'lokal' }, 3, true, '3 faktor berada di tingkat Sedang'],
	['five factors at level 2 → Tinggi, count named', { sebaran: 'meluas', sentimen: 'negatif', pejabat: 'pejabat', dampak: 'layanan', media: 'lokal' }, 3, true, '5 faktor'],
	['viral alone → Tinggi, not by escalation', { sebaran: 'viral' }, 3, false, 'viral'],
	['hostile sentiment alone → Tinggi', { sentimen: 'bermusuhan' }, 3, false, 'ajakan aksi'],
	['head of agency involved → Tinggi', { pejabat: 'pimpinan' }, 3, false, 'Pimpinan instansi'],
	['safety at risk → Tinggi', { skenario: 'bencana-darurat', dampak: 'keselamatan' }, 3, false, 'keselamatan'],
	['national media → Tinggi', { media: 'nasional' }, 3, false, 'Media nasional'],
	['personal data exposed → Tinggi', { hukum: 'ya' }, 3, false, 'Data pribadi'],
	['service disruption alone → Sedang', { dampak: 'layanan' }, 2, false, 'Layanan terganggu'],
	['possible legal risk alone → Sedang', { hukum: 'mungkin' }, 2, false, 'langkah hukum'],
	['hacked account sets Sedang even when calm', { skenario: 'akun-diretas' }, 2, false, 'Akun resmi diretas'],
	['data leak sets Sedang even when calm', { skenario: 'kebocoran-data' }, 2, false, 'Data pribadi warga terlibat'],
	['fake account, everything calm → Rendah', { skenario: 'akun-palsu' }, 1, false, 'Tidak ada faktor'],
	['fake account spreading → Sedang', { skenario: 'akun-palsu', sebaran: 'meluas' }, 2, false, 'dibagikan ulang'],
	['fake account of the head of agency → Tinggi', { skenario: 'akun-palsu', pejabat: 'pimpinan' }, 3, false, 'Pimpinan instansi'],
	['fake account used for fraud with legal risk and spreading, negative → escalated to Tinggi', { skenario: 'akun-palsu', sebaran: 'meluas', sentimen: 'negatif', hukum: 'mungkin' }, 3, true, '3 faktor'],
	['hacked account + 2 level-2 factors → escalated to Tinggi', { skenario: 'akun-diretas', sebaran: 'meluas', sentimen: 'negatif' }, 3, true, '3 faktor'],
	['level 3 and level 2 mixed → Tinggi without escalation flag', { sebaran: 'viral', sentimen: 'negatif', media: 'lokal', hukum: 'mungkin' }, 3, false, 'viral'],
];

for (const [name, overrides, level, escalated, firstReason] of cases) {
	test(`assess: ${name}`, () => {
		const result = assess({ ...calm, ...overrides });
		assert.equal(result.complete, true);
		if (!result.complete) return;
		assert.equal(result.level.id, level);
		assert.equal(result.escalated, escalated);
		assert.ok(result.reasons.length > 0, 'at least one reason');
		assert.match(result.reasons[0]!.text, new RegExp(firstReason));
	});
}

test('assess: reasons are strongest first and list every raising factor', () => {
	const result = assess({ ...calm, sebaran: 'meluas', media: 'nasional', hukum: 'mungkin' });
	assert.ok(result.complete);
	assert.deepEqual(
		result.reasons.map((r) => [r.question?.id, r.level]),
		[
			['media', 3],
			['sebaran', 2],
			['hukum', 2],
		]
	);
});

test('assess: the scenario leads to its playbook; "lainnya" leads to none', () => {
	const withScenario = assess({ ...calm, skenario: 'salah-unggah' });
	assert.ok(withScenario.complete);
	assert.equal(withScenario.scenario && playbookHref(withScenario.scenario), '/krisis/salah-unggah/');
	const fake = assess({ ...calm, skenario: 'akun-palsu' });
	assert.ok(fake.complete);
	assert.equal(fake.scenario && playbookHref(fake.scenario), '/krisis/akun-palsu/');
	const other = assess({ ...calm, skenario: 'lainnya' });
	assert.ok(other.complete);
	assert.equal(other.scenario, undefined);
});

test('assess: missing answers never give a level and name the questions', () => {
	const result = assess({ skenario: 'hoaks-viral', sebaran: 'viral' });
	assert.equal(result.complete, false);
	if (result.complete) return;
	assert.deepEqual(
		result.missing.map((q) => q.id),
		['sentimen', 'pejabat', 'dampak', 'media', 'hukum']
	);
	const empty = assess({});
	assert.equal(empty.complete, false);
	if (!empty.complete) assert.equal(empty.missing.length, QUESTIONS.length);
});

test('assess: an invalid value counts as unanswered, not as a level', () => {
	const result = assess({ ...calm, sebaran: 'sangat-viral' });
	assert.equal(result.complete, false);
	if (!result.complete) assert.deepEqual(result.missing.map((q) => q.id), ['sebaran']);
	assert.deepEqual(missingQuestions({ ...calm, media: '' }).map((q) => q.id), ['media']);
});

test('missingMessage names each question with its number', () => {
	assert.equal(
		missingMessage([questionById('sentimen')]),
		'Tingkat krisis belum bisa ditentukan. Jawab satu pertanyaan lagi: «3. Bagaimana nada percakapan warganet?».'
	);
	assert.equal(
		missingMessage([questionById('sentimen'), questionById('media')]),
		'Tingkat krisis belum bisa ditentukan. Jawab 2 pertanyaan lagi: «3. Bagaimana nada percakapan warganet?» dan «6. Apakah media arus utama sudah meliput?».'
	);
	assert.match(
		missingMessage([questionById('skenario'), questionById('sentimen'), questionById('media')]),
		/Jawab 3 pertanyaan lagi: «1\. [^»]+», «3\. [^»]+», dan «6\. [^»]+»\.$/
	);
});

test('parseQuery: reads answers, ignores foreign keys, reports unknown values', () => {
	const parsed = parseQuery('?skenario=hoaks-viral&sebaran=Viral&fbclid=abc123&media=televisi&hukum=');
	assert.deepEqual(parsed.answers, { skenario: 'hoaks-viral', sebaran: 'viral' });
	assert.equal(parsed.unknown.length, 1);
	assert.equal(parsed.unknown[0]!.question.id, 'media');
	assert.equal(parsed.unknown[0]!.kind, 'unknown');
	assert.equal(
		unknownMessage(parsed.unknown[0]!),
		'Tautan memuat jawaban yang tidak dikenal untuk pertanyaan «6. Apakah media arus utama sudah meliput?», jadi jawaban itu diabaikan. Pilih jawabannya di formulir.'
	);
});

test('parseQuery: trims and folds case; a key repeated with different answers is named and left unanswered', () => {
	assert.deepEqual(parseQuery('sebaran=%20MELUAS%20').answers, { sebaran: 'meluas' });
	assert.deepEqual(parseQuery('sebaran=viral&sebaran=VIRAL').answers, { sebaran: 'viral' });
	for (const query of ['sebaran=terbatas&sebaran=viral', 'sebaran=viral&sebaran=terbatas']) {
		const repeated = parseQuery(query);
		assert.equal(repeated.answers.sebaran, undefined, query);
		assert.equal(repeated.unknown[0]!.kind, 'conflict');
		assert.match(unknownMessage(repeated.unknown[0]!), /beberapa jawaban berbeda untuk pertanyaan «2\. [^»]+» \(«(Terbatas|Viral)» dan «(Viral|Terbatas)»\), jadi semuanya diabaikan/);
	}
	// A crafted link cannot put its own sentence on the page.
	const spoof = parseQuery('media=x".%20PERHATIAN:%20Situs%20ini%20dipindahkan');
	assert.doesNotMatch(unknownMessage(spoof.unknown[0]!), /PERHATIAN|dipindahkan/);
	// Many bad values for one question give one notice.
	assert.equal(parseQuery('media=a&media=b&media=c').unknown.length, 1);
});

test('parseQuery: empty, garbage and URLSearchParams input', () => {
	assert.deepEqual(parseQuery(''), { answers: {}, unknown: [] });
	assert.deepEqual(parseQuery('?%%%&&=x'), { answers: {}, unknown: [] });
	assert.deepEqual(parseQuery(new URLSearchParams({ dampak: 'layanan' })).answers, { dampak: 'layanan' });
	// Script-like values are reported as text, never treated as answers.
	const hostile = parseQuery('skenario=<script>alert(1)</script>');
	assert.deepEqual(hostile.answers, {});
	assert.doesNotMatch(unknownMessage(hostile.unknown[0]!), /script/);
});

test('toQuery: question order, drops unanswered and invalid values, round-trips', () => {
	assert.equal(
		toQuery({ hukum: 'tidak', skenario: 'akun-diretas', sebaran: 'nope' }),
		'skenario=akun-diretas&hukum=tidak'
	);
	assert.equal(toQuery({}), '');
	const full = toQuery(calm);
	assert.equal(full, 'skenario=hoaks-viral&sebaran=terbatas&sentimen=netral&pejabat=tidak&dampak=tidak&media=belum&hukum=tidak');
	assert.deepEqual(parseQuery(full), { answers: calm, unknown: [] });
	assert.deepEqual(assess(parseQuery(full).answers), assess(calm));
});

test('announcement: result and missing cases', () => {
	assert.equal(announcement(assess(calm)), 'Hasil: Tingkat 1 · Rendah. Satu alasan dan langkah berikutnya ada di bawah.');
	assert.equal(
		announcement(assess({ ...calm, sebaran: 'viral', media: 'lokal' })),
		'Hasil: Tingkat 3 · Tinggi. 2 alasan dan langkah berikutnya ada di bawah.'
	);
	assert.match(announcement(assess({})), /^Tingkat krisis belum bisa ditentukan/);
});

test('data: questions and options are well formed', () => {
	const ids = QUESTIONS.map((q) => q.id);
	assert.equal(new Set(ids).size, ids.length, 'question ids unique');
	QUESTIONS.forEach((q, i) => assert.equal(q.number, i + 1, `${q.id} numbered in order`));
	for (const q of QUESTIONS) {
		const values = q.options.map((o) => o.value);
		assert.equal(new Set(values).size, values.length, `${q.id}: option values unique`);
		for (const o of q.options) {
			assert.match(o.value, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${q.id}.${o.value}: URL-safe value`);
			if (o.level > 1) assert.ok(o.reason && o.reason.length > 10, `${q.id}.${o.value}: a raising answer explains itself`);
		}
		assert.ok(q.options.some((o) => o.level === 1), `${q.id}: a calm answer exists`);
	}
	// Every level can be reached.
	for (const level of LEVELS) assert.ok(cases.some(([, , l]) => l === level.id), `level ${level.id} covered`);
});

test('data: levels and scenarios are complete', () => {
	assert.deepEqual(LEVELS.map((l) => l.id), [1, 2, 3]);
	for (const level of LEVELS) {
		assert.ok(level.criteria.length && level.informed.length && level.steps.length, `${level.label}: criteria, informed, steps`);
		assert.ok(level.lead && level.targets.firstResponse && level.targets.firstUpdate && level.targets.closing, `${level.label}: lead and time targets`);
		for (const step of level.steps) if (step.href) assert.match(step.href, /^\/krisis\/([a-z-]+\/)?$/);
	}
	assert.throws(() => levelById(4 as 1), /tidak dikenal/);
	assert.equal(SCENARIOS.length, 8);
	for (const s of SCENARIOS) {
		assert.equal(scenarioBySlug(s.slug), s);
		assert.ok(s.aliases.length >= 3, `${s.slug}: aliases for search`);
		if (s.minLevel > 1) assert.ok(s.minLevelReason, `${s.slug}: a raised floor explains itself`);
	}
	assert.equal(scenarioBySlug('lainnya'), undefined);
});
