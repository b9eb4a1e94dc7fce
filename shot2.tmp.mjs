import { chromium } from '@playwright/test';
const [,, url, out, w='360', h='740', open=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, isMobile: +w < 700, hasTouch: +w < 700, deviceScaleFactor: 1 });
const p = await ctx.newPage();
await p.goto(url); await p.waitForTimeout(300);
if (open) { await p.locator('.language-chooser summary').click(); await p.waitForTimeout(200); }
await p.screenshot({ path: out });
await b.close();
