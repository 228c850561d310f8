// Regenerates the raster images derived from the SVG logo: the social card
// (public/kartu-sosial.png, 1200×630) and the PNG favicon (public/favicon.png, 32×32).
// Also the app icons of the web app manifest (public/ikon-*.png), drawn from the same logo with resvg.
// Run with `npm run images` after changing the logo or the card layout.
import { chromium } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../playwright.config.ts';

const logo = readFileSync('src/assets/logo.svg', 'utf8');
const card = readFileSync('scripts/assets/social-card.html', 'utf8').replace('LOGO', logo.replace('<svg ', '<svg width="220" height="220" '));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(card);
await page.screenshot({ path: 'public/kartu-sosial.png' });
await page.setViewportSize({ width: 32, height: 32 });
await page.setContent(`<body style="margin:0">${logo.replace('<svg ', '<svg width="32" height="32" style="display:block" ')}</body>`);
await page.screenshot({ path: 'public/favicon.png', omitBackground: true });
await browser.close();

// App icons. The maskable one keeps the logo inside the 80% safe zone on a full-bleed theme colour,
// so launchers that crop to a circle or a squircle never cut it.
const render = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
for (const size of [180, 192, 512]) writeFileSync(`public/ikon-${size}.png`, render(logo, size));
const inner = logo.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="#0b6b63"/><g transform="translate(8 8)">${inner}</g></svg>`;
writeFileSync('public/ikon-maskable-512.png', render(maskable, 512));
console.log('public/kartu-sosial.png, public/favicon.png dan public/ikon-*.png diperbarui.');
