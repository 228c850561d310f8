import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Whether a path is a guideline chapter (not the section's start page). */
export const isChapter = (path: string): boolean => path.startsWith('/pedoman/') && path !== '/pedoman/';

/**
 * The structure every guideline chapter must have, whatever it says: one title, at least three
 * sections of its own, a judgement pair labelled in words, sources, and a review date that is a
 * real date not in the future. Checked on the page as loaded (the per-page sweep calls it).
 */
export async function expectChapterStructure(page: Page): Promise<void> {
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(main.getByRole('heading', { level: 1 })).not.toHaveText('');

	// At least three sections of the page's own (the automatic "Rujukan" list does not count).
	const sections = main.locator('.sl-markdown-content').getByRole('heading', { level: 2 }).filter({ hasNotText: /^Rujukan$/ });
	expect(await sections.count(), 'bagian bab').toBeGreaterThanOrEqual(3);
	await expect(main.getByRole('heading', { level: 2, name: 'Rujukan' })).toBeVisible();

	// A judgement pair shows both halves, each labelled in words.
	const pair = main.getByRole('group', { name: /^Lakukan dan hindari/ }).first();
	await expect(pair).toBeVisible();
	await expect(pair.getByText('Lakukan', { exact: true })).toBeVisible();
	await expect(pair.getByText('Hindari', { exact: true })).toBeVisible();

	// "Terakhir ditinjau <tanggal>": a valid date, not in the future.
	const reviewed = main.locator('.page-meta time');
	await expect(reviewed).toBeVisible();
	const iso = (await reviewed.getAttribute('datetime')) ?? '';
	expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const date = new Date(`${iso}T00:00:00Z`);
	expect(Number.isNaN(date.getTime())).toBe(false);
	expect(date.getTime()).toBeLessThanOrEqual(Date.now());
	await expect(main.locator('.page-meta')).toContainText(/Terakhir ditinjau \d{1,2} \p{L}+ \d{4}/u);
}
