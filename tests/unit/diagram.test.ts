import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textWidth, wrap, FONT_SIZE } from '../../src/lib/diagram/text.ts';
import { WIDTH, sceneSvg, textExtents, type Scene } from '../../src/lib/diagram/scene.ts';
import { layoutMix, layoutProcess, layoutTree, describeTree, layoutStack, describeStack } from '../../src/lib/diagram/layouts.ts';
import { ratioName } from '../../src/lib/diagram/ratios.ts';
import { buildDiagram, figureSvg } from '../../src/lib/diagram/render.ts';
import { crisisTree, signsAt, walkCrisisTree } from '../../src/lib/diagram/crisis-tree.ts';
import { layoutSopAnatomy, IDENTITY_FIELDS } from '../../src/lib/diagram/sop-anatomy.ts';
import { QUESTIONS, ESCALATION_COUNT, assess, type Answers } from '../../src/lib/crisis/triage.ts';
import { LEVELS } from '../../src/lib/crisis/levels.ts';
import { GAMBAR } from '../../src/data/gambar.ts';
import { PLATFORM_SIZES, SIZES_REVIEWED } from '../../src/data/ukuran-platform.ts';

/** Every text line lies inside the drawing and inside the box it was written in. */
function assertTextInside(scene: Scene, name: string) {
	const boxes = scene.items.filter((i) => i.kind === 'box');
	for (const t of textExtents(scene)) {
		assert.ok(t.left >= -0.5 && t.right <= scene.width + 0.5, `${name}: "${t.text}" runs outside the drawing (${t.left.toFixed(1)}–${t.right.toFixed(1)})`);
	}
	for (const it of scene.items) {
		if (it.kind !== 'text' || it.rotate) continue;
		const [ext] = textExtents({ ...scene, items: [it] });
		const holder = boxes.filter((b) => b.kind === 'box' && it.y > b.y && it.y < b.y + b.h && ext!.left >= b.x - 0.5 && ext!.left <= b.x + b.w);
		for (const b of holder) {
			if (b.kind !== 'box' || b.w < 20) continue;
			assert.ok(ext!.right <= b.x + b.w + 0.5, `${name}: "${ext!.text}" runs out of its box`);
		}
	}
}

test('wrap keeps every line within the width and keeps all words', () => {
	const text = 'Tinggalkan balasan singkat di publik, lalu minta rinciannya lewat DM kepada warga yang mengeluh.';
	const lines = wrap(text, 150);
	assert.ok(lines.length > 1);
	for (const l of lines) assert.ok(textWidth(l) <= 150, l);
	assert.equal(lines.join(' '), text);
});

test('wrap cuts a word wider than the line and breaks after a slash first', () => {
	for (const l of wrap('Supercalifragilisticexpialidocious', 80)) assert.ok(textWidth(l) <= 80, l);
	assert.deepEqual(wrap('Peralatan/Perlengkapan', 110), ['Peralatan/', 'Perlengkapan']);
	assert.deepEqual(wrap('', 100), ['']);
});

test('text is at least 12 px on a 320 px phone (about 288 px of column)', () => {
	assert.ok((FONT_SIZE * 288) / WIDTH >= 12);
});

test('every figure of the guide renders an accessible SVG whose text stays inside', () => {
	const names = Object.keys(GAMBAR);
	assert.ok(names.length >= 12, `only ${names.length} figures`);
	for (const [name, fig] of Object.entries(GAMBAR)) {
		const { scene, desc } = buildDiagram(fig);
		assert.equal(scene.width, WIDTH, name);
		assert.ok(scene.height > 40 && Number.isFinite(scene.height), name);
		assert.ok(desc.length > 40, `${name}: description too short`);
		assert.ok(fig.caption.length > 20, `${name}: caption`);
		assertTextInside(scene, name);
		const svg = figureSvg(fig, `gambar-${name}`);
		assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="gambar-[\w-]+-judul" aria-describedby="gambar-[\w-]+-uraian"/);
		assert.match(svg, /<title id="gambar-[\w-]+-judul">[^<]+<\/title><desc id="gambar-[\w-]+-uraian">[^<]+<\/desc>/);
		assert.doesNotMatch(svg, /NaN|undefined|Infinity/, name);
		assert.doesNotMatch(svg, /<script|on\w+=/, name);
	}
});

test('the crisis tree lands on the same level as the triage for every combination of answers', () => {
	let count = 0;
	const walk = (i: number, answers: Answers) => {
		if (i === QUESTIONS.length) {
			const result = assess(answers);
			assert.ok(result.complete);
			assert.equal(walkCrisisTree(answers), result.level.id, JSON.stringify(answers));
			count++;
			return;
		}
		const q = QUESTIONS[i]!;
		for (const o of q.options) walk(i + 1, { ...answers, [q.id]: o.value });
	};
	walk(0, {});
	assert.equal(count, QUESTIONS.reduce((n, q) => n * q.options.length, 1));
});

test('the crisis tree lists the triage signs and names the escalation count and level targets', () => {
	const tree = crisisTree();
	const level3Answers = QUESTIONS.flatMap((q) => q.options.filter((o) => o.level === 3));
	assert.equal(tree.questions[0]!.points!.length, level3Answers.length);
	assert.deepEqual(tree.questions[2]!.points, signsAt(2));
	assert.match(tree.questions[1]!.text, new RegExp(`${ESCALATION_COUNT} jawaban`));
	for (const l of LEVELS) assert.ok(describeTree(tree).includes(l.label), l.label);
	assert.throws(() => walkCrisisTree({ skenario: 'lainnya' }), /belum ada/);
});

test('decision tree: "Tidak" runs down the left to the next question, "Ya" into the outcome', () => {
	const spec = { questions: [{ text: 'A?', yes: { title: 'X' } }, { text: 'B?', yes: { title: 'Y' } }], otherwise: { title: 'Z' } };
	const scene = layoutTree(spec);
	const labels = scene.items.filter((i) => i.kind === 'text').map((i) => (i.kind === 'text' ? i.runs.map((r) => r.text).join('') : ''));
	assert.equal(labels.filter((l) => l === 'Ya').length, 2);
	assert.equal(labels.filter((l) => l === 'Tidak').length, 2);
	assert.equal(describeTree(spec), 'Pertanyaan 1: A? Jika ya: X. Jika tidak: lanjut ke pertanyaan 2. Pertanyaan 2: B? Jika ya: Y. Jika tidak: Z.');
});

test('stack: arrows only for a cascade, and the description follows the order', () => {
	const spec = { items: [{ title: 'Pusat' }, { title: 'Daerah' }] };
	assert.equal(layoutStack(spec).items.filter((i) => i.kind === 'path').length, 0);
	assert.equal(layoutStack({ ...spec, arrows: {} }).items.filter((i) => i.kind === 'path').length, 1);
	assert.match(describeStack({ ...spec, arrows: {} }), /^1\. Pusat\. Lalu turun ke lapisan berikutnya\. 2\. Daerah\.$/);
});

test('process: each lane shifts its steps sideways and boxes stay inside the drawing', () => {
	const scene = layoutProcess({
		lanes: [
			{ id: 'a', name: 'A' },
			{ id: 'b', name: 'B' },
		],
		steps: [
			{ lane: 'a', title: 'Satu' },
			{ lane: 'b', title: 'Dua' },
		],
		back: [{ from: 1, to: 0 }],
	});
	const boxes = scene.items.filter((i) => i.kind === 'box');
	assert.equal(boxes.length, 2);
	assert.ok(boxes[1]!.kind === 'box' && boxes[0]!.kind === 'box' && boxes[1]!.x > boxes[0]!.x);
	for (const b of boxes) assert.ok(b.kind === 'box' && b.x + b.w <= WIDTH);
});

test('mix: shares must add up to 100', () => {
	assert.throws(() => layoutMix({ rows: [{ title: 'x', segments: [{ share: 70, label: 'a' }, { share: 20, label: 'b' }] }] }), /berjumlah 90/);
});

test('ratio names as people write them', () => {
	assert.equal(ratioName(1080, 1350), '4:5');
	assert.equal(ratioName(1080, 1080), '1:1');
	assert.equal(ratioName(1080, 1920), '9:16');
	assert.equal(ratioName(1280, 720), '16:9');
	assert.equal(ratioName(1080, 566), '1,91:1');
});

test('platform sizes: every row has a source, and the review date is a real date', () => {
	assert.ok(!Number.isNaN(Date.parse(SIZES_REVIEWED)));
	for (const s of PLATFORM_SIZES) {
		assert.ok(s.source.length > 10 && /^https:\/\//.test(s.url), `${s.platform} ${s.format}`);
		assert.ok(s.width > 0 && s.height > 0);
	}
});

test('SOP anatomy draws the sample flow with the SOP layout (a decision diamond) and every identity field', () => {
	const scene = layoutSopAnatomy();
	assert.ok(scene.items.some((i) => i.kind === 'box' && i.shape === 'diamond'));
	const svg = sceneSvg(scene, { id: 'x', title: 't', desc: 'd' });
	for (const f of IDENTITY_FIELDS) for (const w of f.split(/[\s/]+/)) assert.ok(svg.includes(w), f);
});
