import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectLinks, findBrokenLinks } from '../../src/lib/links/check.ts';

test('collectLinks reads ids and anchors', () => {
	const page = collectLinks('<main><h2 id="a">A</h2><a href="/x/#a">x</a><a href="https://contoh.go.id">y</a><a>no href</a></main>');
	assert.deepEqual([...page.ids], ['a']);
	assert.deepEqual(page.hrefs, ['/x/#a', 'https://contoh.go.id']);
});

test('findBrokenLinks reports missing pages, missing slashes and missing anchors', () => {
	const pages = new Map([
		['/', collectLinks('<a href="/pedoman/">ok</a><a href="/pedoman">no slash</a><a href="/hilang/">gone</a><a href="#atas">self</a><h1 id="atas"></h1>')],
		['/pedoman/', collectLinks('<h2 id="langkah">L</h2><a href="../#atas">up</a><a href="/#tidak-ada">bad anchor</a><a href="/unduhan/a.docx">file</a><a href="mailto:x@y.id">m</a><a href="https://lapor.go.id/">ext</a>')],
	]);
	const broken = findBrokenLinks(pages, new Set(['/unduhan/a.docx']));
	assert.deepEqual(
		broken.map((b) => [b.page, b.href]),
		[
			['/', '/pedoman'],
			['/', '/hilang/'],
			['/pedoman/', '/#tidak-ada'],
		]
	);
	assert.match(broken[0]!.reason, /maksud Anda \/pedoman\/\?/);
});
