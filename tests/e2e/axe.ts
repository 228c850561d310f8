import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The accessibility bar of every page: WCAG 2.2 level AA (and the A/AA rules of 2.0 and 2.1). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe scan of `page`, configured the same way for every test:
 * - axe.run in the page itself (legacy mode) rather than per-frame partial runs finished in an
 *   extra blank page: the site has no frames (it embeds nothing from other origins), and the
 *   extra page costs about a second per scan;
 * - only violations are collected (passes and inapplicable rules are never read), which keeps
 *   the result small on long pages.
 */
export function axe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/**
 * A full scan against WCAG 2.2 AA: the WCAG tags, plus `td-has-header` (every data cell of a
 * large table has a header), which axe still marks experimental and leaves out by default but
 * Lighthouse runs and WCAG 1.3.1 asks for.
 */
export function wcag(page: Page): AxeBuilder {
	return new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'], rules: { 'td-has-header': { enabled: true } } })
		.withTags(WCAG_TAGS);
}

/** The WCAG AA rules whose outcome depends on colours (text contrast, links told apart from text). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now and fails with one line per rule and element.
 * @param label names the state scanned, e.g. "gelap" or "hasil"
 * @param exclude selectors left out of the scan (e.g. the site chrome, scanned on other pages)
 * @param colours only the rules a change of colours can affect (for a theme switch on a page
 *   already scanned in full: the structure, names and roles are the same)
 */
export async function expectAccessible(page: Page, label = '', { exclude = [] as string[], colours = false } = {}): Promise<void> {
	let builder = colours ? axe(page).withRules(COLOUR_RULES) : wcag(page);
	for (const selector of exclude) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
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

/**
 * The site chrome, the same on every page of a kind: header, sidebar, and the page end
 * (feedback, share, publisher footer). Scanned in full on one page of each kind.
 */
export const SITE_CHROME = ['header.header', '#starlight__sidebar', '.page-end', '.page-footer'];

/**
 * An axe scan of a page's own content (WCAG 2.2 AA), leaving out the site chrome: for tests
 * that scan one state of an island (a result, an error) after the site-wide sweep has covered
 * the page and its chrome.
 */
export function axeContent(page: Page): AxeBuilder {
	let builder = wcag(page);
	for (const selector of SITE_CHROME) builder = builder.exclude(selector);
	return builder;
}

/**
 * Scans the page's own content in both themes without reloading: everything in the light theme,
 * then the colour rules in the dark theme (the structure is the same), then back to light.
 * For island states (a result, an error) after the site-wide sweep covered the page itself.
 */
export async function expectAccessibleInBothThemes(page: Page, label = ''): Promise<void> {
	await setTheme(page, 'light');
	await expectAccessible(page, `${label} terang`.trim(), { exclude: SITE_CHROME });
	await setTheme(page, 'dark');
	await expectAccessible(page, `${label} gelap`.trim(), { exclude: SITE_CHROME, colours: true });
	await setTheme(page, 'light');
}
