/**
 * The crisis-level decision tree, derived from the triage rules in src/lib/crisis (never
 * restated): the signs listed under each question are the triage answers at that level,
 * the escalation count is the triage's own constant, and the outcomes are the levels'
 * own summaries and time targets. {@link walkCrisisTree} follows the tree for a set of
 * answers; the unit tests check that it always lands where `assess()` does.
 */
import { LEVELS, levelById, type Level, type LevelId } from '../crisis/levels.ts';
import { ESCALATION_COUNT, QUESTIONS, type Answers } from '../crisis/triage.ts';
import type { Tone } from './scene.ts';
import type { Outcome, TreeSpec } from './layouts.ts';

/** The sign an answer stands for, without the explanation that follows it in the triage. */
function sign(reason: string): string {
	return reason.split(/:|, jadi /)[0]!.replace(/\.$/, '').trim();
}

/** Signs of a level: every triage answer pointing at it, in question order. */
export function signsAt(level: LevelId): string[] {
	return QUESTIONS.flatMap((q) => q.options.filter((o) => o.level === level && o.reason).map((o) => sign(o.reason!)));
}

const TONE: Record<LevelId, Tone> = { 1: 'ok', 2: 'warn', 3: 'danger' };

function outcome(level: Level, lead?: string): Outcome {
	return {
		title: level.label,
		text: `${lead ? `${lead} ` : ''}${level.summary} Respons pertama ${level.targets.firstResponse.replace(/\.$/, '').toLowerCase()}.`,
		tone: TONE[level.id],
	};
}

/** One question of the tree with the rule it applies to the levels of the answers. */
interface Node {
	text: string;
	points?: string[];
	level: LevelId;
	lead?: string;
	test: (levels: readonly LevelId[]) => boolean;
}

const NODES: readonly Node[] = [
	{ text: 'Ada jawaban yang menunjuk tingkat Tinggi?', points: signsAt(3), level: 3, test: (ls) => ls.includes(3) },
	{
		text: `Ada ${ESCALATION_COUNT} jawaban atau lebih di tingkat Sedang sekaligus?`,
		level: 3,
		lead: 'Gabungan faktor Sedang diperlakukan sebagai Tinggi.',
		test: (ls) => ls.filter((l) => l === 2).length >= ESCALATION_COUNT,
	},
	{ text: 'Ada jawaban yang menunjuk tingkat Sedang?', points: signsAt(2), level: 2, test: (ls) => ls.includes(2) },
];

/** The tree as a drawing spec for the decision-tree layout. */
export function crisisTree(): TreeSpec {
	return {
		questions: NODES.map((n) => ({ text: n.text, ...(n.points ? { points: n.points } : {}), yes: outcome(levelById(n.level), n.lead) })),
		otherwise: outcome(LEVELS[0]!),
	};
}

/**
 * Follows the tree for complete answers and returns the level it reaches.
 * @param answers one valid answer per triage question
 * @throws if an answer is missing or unknown (the tree, like the triage, needs them all)
 */
export function walkCrisisTree(answers: Answers): LevelId {
	const levels = QUESTIONS.map((q) => {
		const o = q.options.find((x) => x.value === answers[q.id]);
		if (!o) throw new Error(`Jawaban untuk pertanyaan ${q.number} belum ada.`);
		return o.level;
	});
	return NODES.find((n) => n.test(levels))?.level ?? 1;
}
