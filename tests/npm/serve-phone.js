// The serve page in a real browser at a phone's size (issue 31): Playwright (playwright-core) driving
// Debian's Chromium, 390x844 with touch. Taps 6, taps Back rub, undoes, logs again; checks what the page
// shows at each step; keeps screenshots in the folder given. Prints one JSON line of what it saw.
// usage: node serve-phone.js URL SCREENSHOT_DIR
'use strict';
const { chromium } = require('playwright-core');

/// Taps a form's button and waits for the page it leads to (the POST, its 303, the page again).
async function tapAndLoad(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.tap(selector)]);
}

async function main() {
  const [url, shots] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const saw = {};
  await page.goto(url);
  await page.screenshot({ path: `${shots}/serve-open.png`, fullPage: true });
  await tapAndLoad(page, '.levels button[value="6"]');
  saw.after_six = (await page.textContent('.said')).trim();
  await tapAndLoad(page, 'button[name="routine"][value="back-rub"]');
  saw.after_rub = (await page.textContent('.said')).trim();
  saw.rub_button = (await page.textContent('button[name="routine"][value="back-rub"]')).trim();
  await tapAndLoad(page, 'button.undo');
  saw.after_undo = (await page.textContent('.said')).trim();
  await tapAndLoad(page, '.levels button[value="8"]');
  saw.after_eight = (await page.textContent('.said')).trim();
  // The red-flag pointer is the first thing `today` says once it is due: the top of the page's Today.
  saw.today_first_line = (await page.textContent('pre.today')).split('\n')[1];
  saw.held = (await page.textContent('button[value="knee-hug"] + p.held').catch(() => '')).trim();
  saw.scroll_width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${shots}/serve-after.png`, fullPage: true });
  console.log(JSON.stringify(saw));
  await browser.close();
}

main().catch((error) => {
  console.error(`serve-phone.js: ${error.message}`);
  process.exit(2);
});
