import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Opens the site search from the header (unless it is open), types a query and waits for the results.
 * @returns the result links (path only) in ranking order
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Cari' }).first().click();
	await dialog.getByRole('searchbox').fill(query);
	await expect(dialog.getByRole('status')).toHaveText(new RegExp(`hasil untuk “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`), { timeout: 15_000 });
	return resultPaths(page);
}

/** The ordered list of results in the search dialog. */
export function resultList(page: Page) {
	return page.getByRole('dialog', { name: 'Cari' }).getByRole('list', { name: 'Hasil pencarian' });
}

/** Paths of the results currently listed in the search dialog, in rank order (sections of a page left out). */
export async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await resultList(page)
		.locator(':scope > li > a')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
	return hrefs.map((href) => new URL(href, 'http://x').pathname);
}
