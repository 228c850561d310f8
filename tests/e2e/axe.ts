import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The accessibility bar of every page: WCAG 2.2 level AA (and the A/AA rules of 2.0 and 2.1). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails with one line per rule and element.
 * @param label names the state scanned, e.g. "gelap" or "hasil"
 */
export async function expectAccessible(page: Page, label = ''): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`), label).toEqual([]);
}

/**
 * Switches Starlight's theme without reloading (the same attribute its theme picker sets),
 * so one page load can be scanned in both themes.
 */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
