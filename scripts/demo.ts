/**
 * npm run demo: builds the extension, analyses the bundled sample article and prints the result,
 * then opens the article in a real headless Chromium with the extension loaded and saves a
 * screenshot of the highlighted page (docs/demo-page.png) and of the popup (docs/demo-popup.png).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport } from '../lib/report';
import { analyzeInput } from './analyze';
import { CHROMIUM, hover, launch, openPopup, ROOT, startServer } from './browser';

const SAMPLE = join(ROOT, 'test/fixtures/seed/article.html');

function run(command: string) {
  console.log(`$ ${command}`);
  execSync(command, { cwd: ROOT, stdio: 'inherit' });
}

async function main() {
  run('npx wxt build');
  run('npm run --silent build:e2e');

  const result = await analyzeInput(SAMPLE);
  if (!result.ok) throw new Error(result.message);
  console.log(`\n${formatReport(result.analysis, result.title)}\n`);

  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    } else {
      console.log(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) for the screenshot.`);
      return;
    }
  }
  const { server, url } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${url}/seed/article.html`);
    const popup = await openPopup(browser, page);
    await popup.getByRole('heading', { name: /people/i }).waitFor({ timeout: 30_000 });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await popup.screenshot({ path: join(ROOT, 'docs/demo-popup.png'), fullPage: true });
    // The first claim, in the middle of its words, as a reader's pointer would rest on it.
    await hover(page, 'forces had driven Ukrainian troops');
    await page.screenshot({ path: join(ROOT, 'docs/demo-page.png') });
    console.log('Screenshots: docs/demo-page.png (highlights and hover card), docs/demo-popup.png (popup).');
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
