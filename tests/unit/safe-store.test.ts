import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSafeStore, isQuotaError, type KeyValueStore } from '../../src/lib/storage/safe-store.ts';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};
const quota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

test('a working backend keeps every write and reports no problem', () => {
	const backend = memory();
	const store = createSafeStore(() => backend);
	store.setItem('a', '1');
	assert.equal(backend.data.get('a'), '1');
	assert.equal(store.getItem('a'), '1');
	store.removeItem('a');
	assert.equal(store.getItem('a'), null);
	assert.equal(store.problem, null);
});

test('a blocked backend (throws on access) keeps writes in memory and reports "blocked" once', () => {
	const store = createSafeStore(() => {
		throw Object.assign(new Error('denied'), { name: 'SecurityError' });
	});
	const seen: string[] = [];
	store.onProblem((p) => seen.push(p));
	store.setItem('a', '1');
	assert.equal(store.getItem('a'), '1');
	assert.equal(store.problem, 'blocked');
	store.onProblem((p) => seen.push(`late:${p}`));
	assert.deepEqual(seen, ['blocked', 'late:blocked']);
});

test('a full backend keeps the newest value readable from memory and reports "full"', () => {
	const backend = memory();
	backend.setItem('a', 'old');
	const store = createSafeStore(() => ({ ...backend, setItem: () => { throw quota(); } }));
	store.setItem('a', 'new');
	assert.equal(store.getItem('a'), 'new');
	assert.equal(backend.data.get('a'), 'old');
	assert.equal(store.problem, 'full');
});

test('forget drops the memory copy so a newer value from another tab is read', () => {
	const backend = memory();
	let fail = true;
	const store = createSafeStore(() => ({ getItem: backend.getItem, removeItem: backend.removeItem, setItem: (k, v) => { if (fail) throw quota(); backend.setItem(k, v); } }));
	store.setItem('a', 'mine');
	backend.data.set('a', 'theirs');
	assert.equal(store.getItem('a'), 'mine');
	store.forget('a');
	assert.equal(store.getItem('a'), 'theirs');
	fail = false;
});

test('isQuotaError recognises the browsers\' quota errors and nothing else', () => {
	assert.equal(isQuotaError(quota()), true);
	assert.equal(isQuotaError({ code: 22 }), true);
	assert.equal(isQuotaError(new TypeError('x')), false);
	assert.equal(isQuotaError(null), false);
});
