import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, externalizeInlineScripts, insertPolicyMeta } from '../../src/lib/security/csp.ts';

/** Names files in order of first appearance: /s1.js, /s2.js, … */
const names = new Map<string, string>();
const pathFor = (content: string) => names.get(content) ?? (names.set(content, `/s${names.size + 1}.js`), names.get(content)!);

test('contentSecurityPolicy: strict scripts; the meta form leaves out what only a header can carry', () => {
	const header = contentSecurityPolicy('header');
	const meta = contentSecurityPolicy('meta');
	const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
	assert.equal(directive(header, 'script-src'), "script-src 'self' 'wasm-unsafe-eval'");
	assert.equal(directive(header, 'default-src'), "default-src 'self'");
	assert.equal(directive(header, 'object-src'), "object-src 'none'");
	assert.equal(directive(header, 'base-uri'), "base-uri 'self'");
	assert.equal(directive(header, 'form-action'), "form-action 'self'");
	assert.equal(directive(header, 'frame-ancestors'), "frame-ancestors 'none'");
	assert.equal(directive(meta, 'frame-ancestors'), undefined);
	assert.equal(meta, header.replace("; frame-ancestors 'none'", ''));
	assert.doesNotMatch(header, /'unsafe-eval'/);
});

test('deploy/ configurations send exactly the policy of src/lib/security/csp.ts', () => {
	const policy = contentSecurityPolicy('header');
	for (const file of ['deploy/nginx.conf', 'deploy/apache.htaccess', 'deploy/Caddyfile']) {
		const text = readFileSync(file, 'utf8');
		assert.ok(text.includes(`"${policy}"`), `${file} must carry the current policy`);
	}
});

test('externalizeInlineScripts: classic and module scripts move to files; data blocks and external scripts stay', () => {
	const html = [
		'<script>window.a = 1;</script>',
		'<script type="module">import "./x.js";</script>',
		'<script is-inline aria-hidden="true">b()</script>',
		'<script type="application/json" data-x>{"a":"</div>"}</script>',
		'<script type="application/ld+json">{}</script>',
		'<script src="/_astro/page.js" type="module"></script>',
		'<script>window.a = 1;</script>',
		'<SCRIPT type=text/javascript>c()</SCRIPT>',
		'<script>   </script>',
	].join('\n');
	const { html: out, scripts } = externalizeInlineScripts(html, pathFor);
	assert.deepEqual(
		out.split('\n'),
		[
			'<script src="/s1.js"></script>',
			'<script type="module" src="/s2.js"></script>',
			'<script is-inline aria-hidden="true" src="/s3.js"></script>',
			'<script type="application/json" data-x>{"a":"</div>"}</script>',
			'<script type="application/ld+json">{}</script>',
			'<script src="/_astro/page.js" type="module"></script>',
			'<script src="/s1.js"></script>',
			'<script type=text/javascript src="/s4.js"></script>',
			'',
		],
	);
	// The same text twice is one file; files are keyed by their path.
	assert.deepEqual(scripts.map((s) => s.path), ['/s1.js', '/s2.js', '/s3.js', '/s4.js']);
	assert.equal(scripts[2]!.content, 'b()');
});

test('insertPolicyMeta: first in <head>, after the charset; escapes quotes; never twice', () => {
	const html = '<html><head><meta charset="utf-8"><script src="/a.js"></script></head></html>';
	const out = insertPolicyMeta(html, `default-src 'self'; x "y"`);
	assert.equal(out, `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; x &quot;y&quot;"><script src="/a.js"></script></head></html>`);
	assert.equal(insertPolicyMeta(out, 'other'), out);
	assert.equal(insertPolicyMeta('<head><title>t</title>', 'p'), '<head><meta http-equiv="content-security-policy" content="p"><title>t</title>');
});
