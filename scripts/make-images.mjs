// Regenerates the raster images derived from the SVG logo: the social card
// (public/kartu-sosial.png, 1200×630) and the PNG favicon (public/favicon.png, 32×32).
// Run with `npm run images` after changing the logo or the card layout.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.ts';

const logo = readFileSync('src/assets/logo.svg', 'utf8');
const card = readFileSync('scripts/assets/social-card.html', 'utf8').replace('LOGO', logo.replace('<svg ', '<svg width="220" height="220" '));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(card);
await page.screenshot({ path: 'public/kartu-sosial.png' });
await page.setViewportSize({ width: 32, height: 32 });
await page.setContent(`<body style="margin:0">${logo.replace('<svg ', '<svg width="32" height="32" style="display:block" ')}</body>`);
await page.screenshot({ path: 'public/favicon.png', omitBackground: true });
await browser.close();
console.log('public/kartu-sosial.png dan public/favicon.png diperbarui.');
