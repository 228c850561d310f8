/**
 * Scenario titles and synonyms have one home, src/lib/crisis/scenarios.ts. Each playbook page
 * must carry the same title and show the synonyms through <KnownAs>, so the two never drift.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { SCENARIOS } from '../../src/lib/crisis/scenarios.ts';

const page = (slug: string) => new URL(`../../src/content/docs/krisis/${slug}.mdx`, import.meta.url);

/** The YAML frontmatter of an MDX file. */
function frontmatter(source: string): Record<string, unknown> {
	const m = source.match(/^---\n([\s\S]*?)\n---/);
	assert.ok(m, 'frontmatter');
	return yaml.load(m[1]!) as Record<string, unknown>;
}

for (const s of SCENARIOS) {
	test(`playbook ${s.slug}: page title and synonyms come from the scenario list`, () => {
		assert.ok(existsSync(page(s.slug)), `halaman /krisis/${s.slug}/ ada`);
		const source = readFileSync(page(s.slug), 'utf8');
		assert.equal(frontmatter(source).title, s.title, 'judul halaman sama dengan judul skenario');
		assert.match(source, new RegExp(`<KnownAs scenario="${s.slug}" />`), 'halaman menampilkan sinonim dari daftar skenario');
	});
}

test('no two scenarios share a synonym', () => {
	const seen = new Map<string, string>();
	for (const s of SCENARIOS) {
		for (const alias of s.aliases) {
			const key = alias.toLowerCase();
			assert.ok(!seen.has(key), `"${alias}" dipakai oleh ${seen.get(key)} dan ${s.slug}`);
			seen.set(key, s.slug);
		}
	}
});
