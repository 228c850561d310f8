import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemKey, loadDone, saveDone, progressText, storageKey, type KeyValueStore } from '../../src/lib/checklist/store.ts';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

test('itemKey folds text to a stable key', () => {
	assert.equal(itemKey('Aktifkan verifikasi dua langkah (2FA)!'), 'aktifkan-verifikasi-dua-langkah-2fa');
	assert.equal(itemKey('  Éjaan   diperiksa '), 'ejaan-diperiksa');
});

test('saveDone then loadDone round-trips, and an empty set clears storage', () => {
	const store = memory();
	saveDone(store, 'x', ['a', 'b']);
	assert.deepEqual([...loadDone(store, 'x')], ['a', 'b']);
	saveDone(store, 'x', []);
	assert.equal(store.data.has(storageKey('x')), false);
});

test('loadDone survives corrupted or foreign values', () => {
	const store = memory();
	for (const bad of ['{', '[]', '{"v":2,"done":["a"]}', '{"v":1,"done":"a"}', 'null']) {
		store.setItem(storageKey('x'), bad);
		assert.equal(loadDone(store, 'x').size, 0, bad);
	}
	store.setItem(storageKey('x'), '{"v":1,"done":["a",3]}');
	assert.deepEqual([...loadDone(store, 'x')], ['a']);
});

test('progressText', () => {
	assert.equal(progressText(3, 10), '3 dari 10 butir selesai');
	assert.equal(progressText(4, 4), 'Semua 4 butir selesai');
	assert.equal(progressText(0, 0), '0 dari 0 butir selesai');
});
