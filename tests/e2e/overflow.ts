import type { Page } from '@playwright/test';

/** Widths every page must fit without sideways scrolling: small phone, common phone, tablet. */
export const NARROW_WIDTHS = [768, 375, 320] as const;

/**
 * Whether the page, at its current viewport, is wider than the screen. Returns null when it
 * fits, otherwise the width and the outermost elements that stick out (to name in a failure).
 */
export function overflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const root = document.documentElement;
		if (root.scrollWidth <= root.clientWidth) return null;
		const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
			.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > root.clientWidth + 1)
			.filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
		return `${root.scrollWidth} px (${culprits.join(', ')})`;
	});
}
