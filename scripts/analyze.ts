/**
 * Command-line Sidelight: the same extraction and analysis as the extension, in Node.
 *
 *   npm run analyze -- <file.html | file.txt | URL> [--json] [--force]
 *
 * An HTML page goes through Readability (jsdom) like in the browser; a .txt file is analysed as
 * it is. --json prints the machine-readable result; --force analyses pages that do not look like
 * articles. Fetching a URL is the only network use, and only when you give one.
 */
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { analyze } from '../lib/analyze';
import { extractArticle } from '../lib/extract/extract';
import { formatReport } from '../lib/report';

export async function analyzeInput(input: string, options: { force?: boolean } = {}) {
  const isUrl = /^https?:\/\//i.test(input);
  const raw = isUrl ? await (await fetch(input)).text() : await readFile(input, 'utf8');
  if (!isUrl && /\.txt$/i.test(input)) {
    return { ok: true as const, title: input, english: true, analysis: analyze(raw) };
  }
  const dom = new JSDOM(raw, { url: isUrl ? input : 'http://localhost/' });
  const extracted = extractArticle(dom.window.document, { force: options.force });
  if (!extracted.ok) return { ok: false as const, message: extracted.message };
  const { text, title, english } = extracted.article;
  return { ok: true as const, title, english, analysis: analyze(text) };
}

async function main() {
  const args = process.argv.slice(2);
  const input = args.find((a) => !a.startsWith('--'));
  if (!input) {
    console.error('usage: npm run analyze -- <file.html | file.txt | URL> [--json] [--force]');
    process.exit(2);
  }
  const result = await analyzeInput(input, { force: args.includes('--force') });
  if (!result.ok) {
    console.error(`${result.message} (use --force to analyse it anyway)`);
    process.exit(1);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ title: result.title, english: result.english, ...result.analysis }, null, 2));
    return;
  }
  if (!result.english) console.log('Note: this text does not look English; Sidelight reads English only for now.\n');
  console.log(formatReport(result.analysis, result.title));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
