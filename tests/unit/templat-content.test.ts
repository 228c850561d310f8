/**
 * The template files in src/content/templat: each passes the schema, ids are unique across
 * groups, and the order of groups has one home. The YAML `order` decides; a group page's
 * `sidebar.order` must repeat it so the sidebar and the index of all templates agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { templateGroupSchema, type TemplateGroup } from '../../src/lib/templat/schema.ts';

const dir = new URL('../../src/content/templat/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const groups = files.map((f) => ({ slug: f.replace(/\.yaml$/, ''), raw: yaml.load(readFileSync(new URL(f, dir), 'utf8')) }));

test('every template group passes the schema', () => {
	for (const g of groups) {
		const r = templateGroupSchema.safeParse(g.raw);
		assert.ok(r.success, `${g.slug}: ${r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	}
});

test('template ids are unique across groups, and group orders are distinct', () => {
	const ids = new Map<string, string>();
	const orders = new Map<number, string>();
	for (const g of groups) {
		const data = g.raw as TemplateGroup;
		assert.ok(!orders.has(data.order), `order ${data.order} dipakai ${orders.get(data.order)} dan ${g.slug}`);
		orders.set(data.order, g.slug);
		for (const t of data.templates) {
			assert.ok(!ids.has(t.id), `id ${t.id} dipakai ${ids.get(t.id)} dan ${g.slug}`);
			ids.set(t.id, g.slug);
		}
	}
});

test('group order has one home: a /templat/ page repeats its YAML order in sidebar.order', () => {
	for (const g of groups) {
		const data = g.raw as TemplateGroup & { page?: string };
		if (data.page && !data.page.startsWith('/templat/')) continue; // rendered inside another section
		const page = new URL(`../../src/content/docs/templat/${g.slug}.mdx`, import.meta.url);
		assert.ok(existsSync(page), `${g.slug}: halaman /templat/${g.slug}/ ada`);
		const fm = yaml.load(readFileSync(page, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!) as { sidebar?: { order?: number } };
		assert.equal(fm.sidebar?.order, data.order, `${g.slug}: sidebar.order halaman sama dengan order di YAML`);
		assert.match(readFileSync(page, 'utf8'), new RegExp(`<TemplateGroup group="${g.slug}" />`), `${g.slug}: halaman menampilkan kelompoknya`);
	}
});

test('the everyday groups hold at least 20 templates', () => {
	const everyday = ['ucapan-hari-besar', 'jadwal-layanan', 'undangan-acara', 'info-layanan'];
	const count = groups.filter((g) => everyday.includes(g.slug)).reduce((n, g) => n + (g.raw as TemplateGroup).templates.length, 0);
	assert.ok(count >= 20, `${count} templat`);
});
