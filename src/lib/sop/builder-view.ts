/**
 * What the SOP builder shows, as pure functions so the server (first render) and the
 * browser script (every later render) produce the same text and ids: field ids, the choices
 * of each step's selects, button names, reading and writing a field by its path, and the
 * size guard that keeps a huge draft from freezing the live preview.
 */
import { SYMBOL_LABELS, type SopDocument, type Step } from './model.ts';

/** Id of an identity field's control, e.g. `approver.nip` → `sb-approver-nip`. */
export const identityFieldId = (path: string) => `sb-${path.replace(/\./g, '-')}`;
/** Id of an actor's name input. */
export const actorFieldId = (actorId: string) => `sb-actor-${actorId}-name`;
/** Id of a step field's control. */
export const stepFieldId = (stepId: string, field: string) => `sb-step-${stepId}-${field}`;

/** Id of the control a required-field issue points at (`steps.2.activity`, `actors.0.name`, `approver.nip`). */
export function fieldId(doc: SopDocument, field: string): string {
	const [head, index, name] = field.split('.');
	if (head === 'steps') return stepFieldId(doc.steps[Number(index)]?.id ?? '', name ?? 'activity');
	if (head === 'actors') return actorFieldId(doc.actors[Number(index)]?.id ?? '');
	return identityFieldId(field);
}

/** Name of a step in a select: "Langkah 3: Menyusun draf …" (activity cut at 50 characters). */
export function stepOptionLabel(step: Step, index: number): string {
	const text = step.activity.trim().replace(/\s+/g, ' ');
	return `Langkah ${index + 1}${text ? `: ${text.length > 50 ? `${text.slice(0, 50)}…` : text}` : ''}`;
}

/** One `<option>`: value and text. */
export type Choice = [value: string, text: string];

/** The choices of a step's selects, and the value each shows. */
export interface StepChoices {
	actor: { options: Choice[]; value: string };
	next: { options: Choice[]; value: string };
	yes: { options: Choice[]; value: string };
	no: { options: Choice[]; value: string };
}

/** Choices for the actor, next, yes and no selects of step `index`. */
export function stepChoices(doc: SopDocument, index: number): StepChoices {
	const step = doc.steps[index]!;
	const actors: Choice[] = doc.actors.map((a, i) => [a.id, a.name.trim() || `Pelaksana ${i + 1}`]);
	if (!doc.actors.some((a) => a.id === step.actor)) actors.unshift(['', '— pilih pelaksana —']);
	const others: Choice[] = doc.steps.flatMap((s, i) => (s.id === step.id ? [] : [[s.id, stepOptionLabel(s, i)] as Choice]));
	const pick = (options: Choice[], value: string) => ({ options, value: options.some(([v]) => v === value) ? value : '' });
	return {
		actor: pick(actors, step.actor),
		next: pick([['', 'Langkah sesudahnya (urutan tabel)'], ...others], step.next ?? ''),
		yes: pick([['', '— pilih langkah —'], ...others], step.yes ?? ''),
		no: pick([['', '— pilih langkah —'], ...others], step.no ?? ''),
	};
}

/**
 * Accessible names of a step's buttons. Each starts with the button's visible text, so
 * speech users can say what they see (WCAG 2.5.3, axe `label-content-name-mismatch`).
 */
export function stepButtonNames(index: number): Record<'step-up' | 'step-down' | 'step-insert' | 'step-remove', string> {
	const n = index + 1;
	return { 'step-up': `Naikkan langkah ${n}`, 'step-down': `Turunkan langkah ${n}`, 'step-insert': `Sisipkan langkah di bawah langkah ${n}`, 'step-remove': `Hapus langkah ${n}` };
}
/** Visible text of the step buttons (each a prefix of its accessible name). */
export const STEP_BUTTON_TEXT = { 'step-up': 'Naikkan', 'step-down': 'Turunkan', 'step-insert': 'Sisipkan langkah di bawah', 'step-remove': 'Hapus langkah' } as const;

/** Whether a step shows the "next" select and the yes/no selects. */
export function stepShows(step: Pick<Step, 'symbol'>): { next: boolean; branch: boolean } {
	return { next: step.symbol !== 'decision' && step.symbol !== 'end', branch: step.symbol === 'decision' };
}

export { SYMBOL_LABELS };

/** A field's value as the form shows it: lists one item per line. */
export function readPath(doc: SopDocument, path: string): string {
	const [a, b] = path.split('.') as [keyof SopDocument, string?];
	const v = b ? (doc[a] as unknown as Record<string, string>)[b] : doc[a];
	return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '';
}

/** The document with one identity field changed (lists split into lines, empty lines dropped). */
export function writePath(doc: SopDocument, path: string, value: string, list = false): SopDocument {
	const [a, b] = path.split('.') as [keyof SopDocument, string?];
	if (list) return { ...doc, [a]: value.split('\n').filter((l) => l.trim()) };
	if (b) return { ...doc, [a]: { ...(doc[a] as object), [b]: value } };
	return { ...doc, [a]: value };
}

/** Characters a draft may hold before the live preview pauses (drawing it would freeze the page). */
export const PREVIEW_LIMIT = 150_000;

/** Total characters of a draft's text (the logo not counted). */
export function draftSize(doc: SopDocument): number {
	const { logo: _logo, ...rest } = doc;
	return JSON.stringify(rest).length;
}

/** Message shown instead of the preview when a draft is too large, or null. */
export function oversizeMessage(doc: SopDocument): string | null {
	const size = draftSize(doc);
	if (size <= PREVIEW_LIMIT) return null;
	return `Draf ini sangat panjang (${Math.round(size / 1000)} ribu karakter), jadi pratinjau langsung dihentikan agar halaman tetap lancar. Isian tetap tersimpan; tekan "Unduh DOCX" untuk melihat hasilnya, atau persingkat teks yang sangat panjang.`;
}
