import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeTablesFocusable } from '../../src/lib/markdown/focusable-tables.ts';

test('makeTablesFocusable adds tabindex to tables only, once', () => {
	const cases: [string, string][] = [
		['<table><tr><td>a</td></tr></table>', '<table tabindex="0"><tr><td>a</td></tr></table>'],
		['<table class="x">', '<table tabindex="0" class="x">'],
		['<table tabindex="-1">', '<table tabindex="-1">'],
		['<p>table</p><tablet>', '<p>table</p><tablet>'],
		['<TABLE>', '<table tabindex="0">'],
	];
	for (const [input, expected] of cases) assert.equal(makeTablesFocusable(input), expected);
	assert.equal(makeTablesFocusable(makeTablesFocusable('<table>')), '<table tabindex="0">');
});
