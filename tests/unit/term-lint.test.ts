/**
 * Lint of spellings and term variants across all content: pages, templates, SOPs, data and the
 * interface text. The chosen terms and their rejected variants are listed in the glossary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { SPELLING_RULES, lintTerms, rulesFromGlossary } from '../../src/lib/content/term-lint.ts';

const root = new URL('../../', import.meta.url);
const glossary = yaml.load(readFileSync(new URL('src/data/glosarium.yaml', root), 'utf8')) as { term: string; avoid?: string[] }[];
const rules = [...SPELLING_RULES, ...rulesFromGlossary(glossary)];

test('lintTerms finds each kind of rejected form, with its line', () => {
	const text = 'Data terlanjur tersebar.\nMenginput data online dalam 1 x 24 jam.\nLihat teks film dan Tinjauan  pascakrisis.';
	const found = lintTerms(text, rules).map((f) => [f.found, f.line]);
	assert.deepEqual(found, [
		['terlanjur', 1],
		['Menginput', 2],
		['online', 2],
		['1 x 24 jam', 2],
		['teks film', 3],
		['Tinjauan  pascakrisis', 3],
	]);
});

test('lintTerms leaves the chosen forms and look-alike words alone', () => {
	const text = 'Data telanjur tersebar; memasukkan data secara daring dalam 1 × 24 jam; takarir; kajian pascakrisis; onlinenya? input; tayangan video.';
	assert.deepEqual(lintTerms(text, rules), []);
});

test('the glossary lists the chosen term for each unified pair', () => {
	const chosen = new Map(glossary.map((t) => [t.term.toLowerCase(), t.avoid ?? []]));
	for (const term of ['akun interaktif lembaga', 'takarir', 'impresi', 'kajian pascakrisis']) {
		assert.ok(chosen.has(term), `glosarium memuat "${term}"`);
		assert.ok(chosen.get(term)!.length > 0, `"${term}" menyebut varian yang tidak dipakai`);
	}
});

test('no page, template, SOP, data file or interface text uses a rejected form', () => {
	const files = [
		...globSync('src/content/**/*.{md,mdx,yaml,json}', { cwd: root }),
		// The search thesaurus lists what readers type, misspellings included: not the guide's text.
		...globSync('src/data/**/*.{yaml,ts}', { cwd: root }).filter((f) => !f.includes('search-thesaurus')),
	];
	assert.ok(files.length > 50, `${files.length} berkas`);
	const problems: string[] = [];
	for (const file of files) {
		const lines = readFileSync(new URL(file, root), 'utf8').split('\n');
		// Search aliases hold what readers type (misspellings included), and the glossary's own
		// lists name the variants on purpose: neither is the guide's text.
		const text = lines.map((l) => (/^\s*(searchAliases|aka|avoid):/.test(l) ? '' : l)).join('\n');
		for (const f of lintTerms(text, rules)) problems.push(`${file}:${f.line}: "${f.found}" → ${f.use}`);
	}
	assert.deepEqual(problems, []);
});
