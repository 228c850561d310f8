/**
 * Crisis triage: a handful of questions whose answers give a crisis level (1–3), the
 * reasons for it, and the next steps. Pure logic, shared by the page (which renders the
 * questions as a form), the browser script (which reads the form and the URL) and the tests.
 *
 * The rule, in words (also shown on the page):
 * - every answer points at a level (1 Rendah, 2 Sedang, 3 Tinggi); the result is the highest;
 * - some scenarios set a lowest level on their own (a hacked account, a data leak);
 * - three or more answers at level 2 together make level 3;
 * - no level is given until every question is answered.
 *
 * Answers travel in the query string (`?skenario=hoaks-viral&sebaran=viral&…`) so a result
 * can be shared as a link. Unknown values in a link are reported and ignored.
 */
import { levelById, type Level, type LevelId } from './levels.ts';
import { SCENARIOS, scenarioBySlug, type Scenario } from './scenarios.ts';

/** Question ids; also the query-string keys. */
export type QuestionId = 'skenario' | 'sebaran' | 'sentimen' | 'pejabat' | 'dampak' | 'media' | 'hukum';

/** One answer to a question. */
export interface Option {
	/** Value in the form and the URL (lowercase, hyphenated). */
	value: string;
	/** What the reader sees next to the radio button. */
	label: string;
	/** Level this answer points at. */
	level: LevelId;
	/** Why this answer raises the level; required when `level` is above 1. */
	reason?: string;
}

/** One triage question. */
export interface Question {
	id: QuestionId;
	/** Position shown to the reader, from 1. */
	number: number;
	/** The question as asked. */
	legend: string;
	/** Optional help under the question. */
	hint?: string;
	options: Option[];
}

/** Answers by question id; a missing key is an unanswered question. */
export type Answers = Partial<Record<QuestionId, string>>;

/** The questions, in the order they are asked. */
export const QUESTIONS: readonly Question[] = [
	{
		id: 'skenario',
		number: 1,
		legend: 'Apa yang sedang terjadi?',
		hint: 'Pilih yang paling mendekati. Jawaban ini menentukan panduan yang Anda buka berikutnya.',
		options: [
			...SCENARIOS.map((s) => ({ value: s.slug, label: s.title, level: s.minLevel, reason: s.minLevelReason })),
			{ value: 'lainnya', label: 'Lainnya atau belum jelas', level: 1 },
		],
	},
	{
		id: 'sebaran',
		number: 2,
		legend: 'Seberapa luas dan cepat isu ini menyebar?',
		options: [
			{ value: 'terbatas', label: 'Terbatas: beberapa komentar atau pesan, jumlahnya tidak bertambah cepat', level: 1 },
			{
				value: 'meluas',
				label: 'Meluas: dibagikan ulang di beberapa akun atau grup WhatsApp dan terus bertambah dalam hitungan jam',
				level: 2,
				reason: 'Isu sudah dibagikan ulang di beberapa akun atau grup dan terus bertambah.',
			},
			{
				value: 'viral',
				label: 'Viral: trending, dibagikan sangat banyak, atau muncul di beberapa platform sekaligus',
				level: 3,
				reason: 'Isu sudah viral: trending atau menyebar lintas platform.',
			},
		],
	},
	{
		id: 'sentimen',
		number: 3,
		legend: 'Bagaimana nada percakapan warganet?',
		options: [
			{ value: 'netral', label: 'Sebagian besar bertanya atau netral', level: 1 },
			{ value: 'negatif', label: 'Banyak keluhan, kritik, atau kemarahan', level: 2, reason: 'Percakapan didominasi keluhan, kritik, atau kemarahan.' },
			{
				value: 'bermusuhan',
				label: 'Sangat marah: ada ajakan aksi atau boikot, ancaman, atau tuntutan mundur',
				level: 3,
				reason: 'Ada ajakan aksi, ancaman, atau tuntutan mundur: kemarahan sudah mendorong tindakan.',
			},
		],
	},
	{
		id: 'pejabat',
		number: 4,
		legend: 'Apakah pejabat terlibat atau disebut?',
		options: [
			{ value: 'tidak', label: 'Tidak ada pejabat yang terlibat atau disebut', level: 1 },
			{ value: 'pejabat', label: 'Ya, pegawai atau pejabat instansi disebut namanya', level: 2, reason: 'Pegawai atau pejabat instansi disebut namanya.' },
			{
				value: 'pimpinan',
				label: 'Ya, pimpinan instansi atau kepala daerah terlibat langsung',
				level: 3,
				reason: 'Pimpinan instansi atau kepala daerah terlibat langsung, jadi keputusan harus diambil di tingkat pimpinan.',
			},
		],
	},
	{
		id: 'dampak',
		number: 5,
		legend: 'Apakah ada dampak pada layanan atau keselamatan warga?',
		options: [
			{ value: 'tidak', label: 'Tidak ada dampak nyata', level: 1 },
			{
				value: 'layanan',
				label: 'Layanan terganggu, atau warga bisa salah bertindak (datang ke tempat yang salah, membayar pungutan palsu)',
				level: 2,
				reason: 'Layanan terganggu atau warga bisa salah bertindak karena informasi yang beredar.',
			},
			{
				value: 'keselamatan',
				label: 'Ada risiko bagi keselamatan, kesehatan, atau nyawa',
				level: 3,
				reason: 'Ada risiko bagi keselamatan, kesehatan, atau nyawa warga.',
			},
		],
	},
	{
		id: 'media',
		number: 6,
		legend: 'Apakah media arus utama sudah meliput?',
		options: [
			{ value: 'belum', label: 'Belum ada wartawan yang bertanya atau memberitakan', level: 1 },
			{
				value: 'lokal',
				label: 'Wartawan mulai bertanya, atau media lokal atau daring memberitakan',
				level: 2,
				reason: 'Wartawan mulai bertanya atau media lokal sudah memberitakan.',
			},
			{ value: 'nasional', label: 'Media nasional atau televisi memberitakan', level: 3, reason: 'Media nasional atau televisi sudah memberitakan.' },
		],
	},
	{
		id: 'hukum',
		number: 7,
		legend: 'Apakah ada risiko hukum atau data pribadi yang terbuka?',
		options: [
			{ value: 'tidak', label: 'Tidak ada', level: 1 },
			{
				value: 'mungkin',
				label: 'Mungkin: ada dugaan data pribadi terbuka, atau ancaman somasi atau laporan',
				level: 2,
				reason: 'Ada dugaan data pribadi terbuka atau ancaman langkah hukum.',
			},
			{
				value: 'ya',
				label: 'Ya: data pribadi warga terbuka, atau sudah ada laporan polisi atau gugatan',
				level: 3,
				reason: 'Data pribadi warga sudah terbuka atau langkah hukum sudah berjalan.',
			},
		],
	},
];

/** How many answers at level 2 together make level 3. */
export const ESCALATION_COUNT = 3;

/** A value found in a link that is not an answer to its question. */
export interface UnknownValue {
	question: Question;
	/**
	 * Why the link's answer was ignored: `unknown` = not one of the question's answers (the
	 * value itself is never shown, so a crafted link cannot put its text on the page);
	 * `conflict` = the key repeats with different answers, so none is taken.
	 */
	kind: 'unknown' | 'conflict';
	/** For `conflict`: the labels of the competing answers. */
	labels: string[];
}

/** What a query string holds, once checked. */
export interface ParsedQuery {
	/** Recognised answers only. */
	answers: Answers;
	/** Values given for a known question but not among its answers (reported, then ignored). */
	unknown: UnknownValue[];
}

/** One reason shown with the result. */
export interface Reason {
	/** The question behind it; absent for rule-level reasons (escalation, "nothing raised the level"). */
	question?: Question;
	/** Level the reason points at. */
	level: LevelId;
	text: string;
}

/** The outcome of a triage. */
export type Assessment =
	| { complete: false; missing: Question[] }
	| {
			complete: true;
			level: Level;
			/** Strongest first. */
			reasons: Reason[];
			/** Whether the level comes from the "three factors at level 2" rule. */
			escalated: boolean;
			/** The chosen scenario, unless "lainnya". */
			scenario?: Scenario;
	  };

/**
 * The question with the given id.
 * @param id question id
 * @throws on an unknown id (a programming error)
 */
export function questionById(id: QuestionId): Question {
	const q = QUESTIONS.find((x) => x.id === id);
	if (!q) throw new Error(`Pertanyaan tidak dikenal: ${id}`);
	return q;
}

/** The option of a question with the given value, if it exists. */
function optionOf(question: Question, value: string | undefined): Option | undefined {
	return value === undefined ? undefined : question.options.find((o) => o.value === value);
}

/**
 * Reads answers from a query string. Keys that are not questions (for example `fbclid`,
 * added by apps when a link is shared) are ignored silently. For a known question, only one
 * of its own answers is taken: a value that is not an answer is reported (without echoing
 * it) and ignored, and a key repeated with different answers (`sebaran=terbatas&sebaran=viral`)
 * is reported and left unanswered, because guessing which one was meant could set the wrong
 * level. Values are compared case-insensitively after trimming.
 * @param search a query string (with or without "?") or URLSearchParams
 */
export function parseQuery(search: string | URLSearchParams): ParsedQuery {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const answers: Answers = {};
	const unknown: UnknownValue[] = [];
	for (const question of QUESTIONS) {
		const found = new Set<string>();
		let bad = false;
		for (const raw of params.getAll(question.id)) {
			const value = raw.trim().toLowerCase();
			if (value === '') continue;
			if (optionOf(question, value)) found.add(value);
			else bad = true;
		}
		if (bad) unknown.push({ question, kind: 'unknown', labels: [] });
		if (found.size > 1) unknown.push({ question, kind: 'conflict', labels: [...found].map((v) => optionOf(question, v)!.label.split(':')[0]!) });
		else if (found.size === 1) answers[question.id] = [...found][0]!;
	}
	return { answers, unknown };
}

/**
 * Writes answers as a query string in question order, without "?". Unanswered questions
 * and invalid values are left out, so the result always parses back to the same answers.
 * @param answers answers by question id
 */
export function toQuery(answers: Answers): string {
	const params = new URLSearchParams();
	for (const question of QUESTIONS) {
		const value = answers[question.id];
		if (optionOf(question, value)) params.set(question.id, value!);
	}
	return params.toString();
}

/**
 * Questions without a valid answer, in order.
 * @param answers answers by question id
 */
export function missingQuestions(answers: Answers): Question[] {
	return QUESTIONS.filter((q) => !optionOf(q, answers[q.id]));
}

/**
 * Gives the crisis level for a set of answers, with its reasons. Incomplete answers
 * never give a level: the result lists the questions still to answer.
 * @param answers answers by question id (invalid values count as unanswered)
 */
export function assess(answers: Answers): Assessment {
	const missing = missingQuestions(answers);
	if (missing.length) return { complete: false, missing };

	const factors: Reason[] = [];
	for (const question of QUESTIONS) {
		const option = optionOf(question, answers[question.id])!;
		if (option.level > 1) factors.push({ question, level: option.level, text: option.reason ?? option.label });
	}
	const highest = factors.reduce<LevelId>((max, f) => (f.level > max ? f.level : max), 1);
	const atTwo = factors.filter((f) => f.level === 2).length;
	const escalated = highest === 2 && atTwo >= ESCALATION_COUNT;
	const level: LevelId = escalated ? 3 : highest;

	// Strongest reasons first; ties keep question order (Array.prototype.sort is stable).
	const reasons = [...factors].sort((a, b) => b.level - a.level);
	if (escalated) {
		reasons.unshift({
			level: 3,
			text: `${atTwo} faktor berada di tingkat Sedang sekaligus. Gabungan ${ESCALATION_COUNT} faktor atau lebih diperlakukan sebagai tingkat Tinggi.`,
		});
	}
	if (reasons.length === 0) {
		reasons.push({
			level: 1,
			text: 'Tidak ada faktor yang menaikkan tingkat: isu belum menyebar, nadanya netral, dan tidak ada pejabat, dampak layanan atau keselamatan, liputan media, atau risiko hukum.',
		});
	}
	const scenario = scenarioBySlug(answers.skenario!);
	return { complete: true, level: levelById(level), reasons, escalated, ...(scenario ? { scenario } : {}) };
}

/** Names a question for messages: `«3. Bagaimana nada percakapan warganet?»`. */
export function questionName(question: Question): string {
	return `«${question.number}. ${question.legend}»`;
}

/** Joins names the Indonesian way: "a", "a dan b", "a, b, dan c". */
function joinId(items: string[]): string {
	if (items.length <= 1) return items.join('');
	if (items.length === 2) return `${items[0]} dan ${items[1]}`;
	return `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`;
}

/**
 * The message shown when questions are unanswered, naming each one.
 * @param missing unanswered questions (at least one)
 */
export function missingMessage(missing: readonly Question[]): string {
	const count = missing.length === 1 ? 'satu pertanyaan lagi' : `${missing.length} pertanyaan lagi`;
	return `Tingkat krisis belum bisa ditentukan. Jawab ${count}: ${joinId(missing.map(questionName))}.`;
}

/**
 * The message shown for an answer of the link that was ignored. It names the question and,
 * for repeated answers, the competing answers, but never repeats text from the link.
 * @param item the ignored answer and its question
 */
export function unknownMessage(item: UnknownValue): string {
	if (item.kind === 'conflict')
		return `Tautan memuat beberapa jawaban berbeda untuk pertanyaan ${questionName(item.question)} (${joinId(item.labels.map((l) => `«${l}»`))}), jadi semuanya diabaikan. Pilih jawabannya di formulir.`;
	return `Tautan memuat jawaban yang tidak dikenal untuk pertanyaan ${questionName(item.question)}, jadi jawaban itu diabaikan. Pilih jawabannya di formulir.`;
}

/**
 * The one line read out by screen readers when a result appears.
 * @param assessment the triage outcome
 */
export function announcement(assessment: Assessment): string {
	if (!assessment.complete) return missingMessage(assessment.missing);
	const n = assessment.reasons.length;
	return `Hasil: ${assessment.level.label}. ${n === 1 ? 'Satu alasan' : `${n} alasan`} dan langkah berikutnya ada di bawah.`;
}
