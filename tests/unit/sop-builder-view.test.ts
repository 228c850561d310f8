import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankDocument } from '../../src/lib/sop/document.ts';
import * as view from '../../src/lib/sop/builder-view.ts';
import { longSop } from '../fixtures/long-sop.ts';

test('field ids: identity paths, actors and steps map to the form controls', () => {
	const doc = longSop(5);
	assert.equal(view.fieldId(doc, 'approver.nip'), 'sb-approver-nip');
	assert.equal(view.fieldId(doc, 'actors.1.name'), 'sb-actor-koordinator-name');
	assert.equal(view.fieldId(doc, 'steps.2.activity'), 'sb-step-l3-activity');
});

test('step choices: other steps named by number and activity; unknown values fall back to empty', () => {
	const doc = longSop(5);
	doc.steps[1]!.activity = 'x'.repeat(80);
	const choices = view.stepChoices(doc, 0);
	assert.deepEqual(choices.actor.options.map(([v]) => v), doc.actors.map((a) => a.id));
	assert.equal(choices.next.options[0]![1], 'Langkah sesudahnya (urutan tabel)');
	assert.equal(choices.next.options[1]![1], `Langkah 2: ${'x'.repeat(50)}…`);
	assert.ok(!choices.next.options.some(([v]) => v === doc.steps[0]!.id), 'a step never points at itself');
	doc.steps[0]!.actor = 'hilang';
	assert.deepEqual(view.stepChoices(doc, 0).actor.options[0], ['', '— pilih pelaksana —']);
	assert.equal(view.stepChoices(doc, 0).actor.value, '');
});

test('button names start with their visible text (label-content-name-mismatch)', () => {
	const names = view.stepButtonNames(2);
	for (const [action, text] of Object.entries(view.STEP_BUTTON_TEXT)) assert.ok(names[action as keyof typeof names].startsWith(text), action);
	assert.equal(names['step-insert'], 'Sisipkan langkah di bawah langkah 3');
});

test('read and write fields by path; lists one item per line', () => {
	let doc = blankDocument();
	doc = view.writePath(doc, 'approver.nip', '1980');
	doc = view.writePath(doc, 'equipment', 'Laptop\n\nPonsel dinas\n', true);
	doc = view.writePath(doc, 'title', 'Uji');
	assert.equal(doc.approver.nip, '1980');
	assert.deepEqual(doc.equipment, ['Laptop', 'Ponsel dinas']);
	assert.equal(view.readPath(doc, 'equipment'), 'Laptop\nPonsel dinas');
	assert.equal(view.readPath(doc, 'title'), 'Uji');
	assert.deepEqual(view.stepShows({ symbol: 'decision' }), { next: false, branch: true });
	assert.deepEqual(view.stepShows({ symbol: 'end' }), { next: false, branch: false });
});

test('oversize: a normal draft is previewed; a giant one gets a message', () => {
	assert.equal(view.oversizeMessage(longSop(25)), null);
	const giant = longSop(25);
	giant.steps.forEach((s) => (s.notes = 'kata '.repeat(2000)));
	assert.match(view.oversizeMessage(giant)!, /pratinjau langsung dihentikan/);
	const withLogo = { ...longSop(3), logo: { type: 'png' as const, data: 'A'.repeat(300_000), widthPx: 1, heightPx: 1 } };
	assert.equal(view.oversizeMessage(withLogo), null, 'the logo does not count');
});
