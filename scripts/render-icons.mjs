// `node scripts/render-icons.mjs`: renders assets/icon.svg and assets/icon-dark.svg to the PNGs the
// manifest names (public/icon/<size>.png and <size>-dark.png), in Debian's Chromium
// through Playwright. The PNGs are committed; run this again only when the SVGs change.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const { chromium } = createRequire(path.join(root, 'e2e/package.json'))('@playwright/test');
const sizes = [16, 32, 48, 128];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [svgFile, suffix] of [['icon.svg', ''], ['icon-dark.svg', '-dark']]) {
    const svg = readFileSync(path.join(root, 'assets', svgFile), 'utf8');
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
      await page.locator('img').evaluate((img) => img.decode());
      const out = path.join(root, 'public/icon', `${size}${suffix}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`✓ ${path.relative(root, out)}`);
    }
  }
} finally {
  await browser.close();
}
