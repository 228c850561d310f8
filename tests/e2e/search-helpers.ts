import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Opens the site search from the header, types a query and waits for the results.
 * @returns the result links (path only) in ranking order
 */
export async function searchSite(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: 'Cari' }).first().click();
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
	await input.fill(query);
	const results = dialog.locator('.pagefind-ui__result');
	await expect(results.first()).toBeVisible({ timeout: 15_000 });
	await expect(dialog.locator('.pagefind-ui__message')).not.toHaveText(/Mencari/);
	return resultPaths(page);
}

/** Paths of the top-level results currently listed in the search dialog. */
export async function resultPaths(page: Page): Promise<string[]> {
	const hrefs = await page
		.getByRole('dialog', { name: 'Cari' })
		.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a, .pagefind-ui__result-title > a.pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
	return [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname))];
}
