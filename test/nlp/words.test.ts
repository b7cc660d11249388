import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/nlp/words';

const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');

describe('entity word tokens', () => {
  it('keep initials and abbreviations with their stop, possessives and hyphen tails apart', () => {
    const words = tokenize('U.S. Mr. Smith’s Kremlin-linked aides met Dr. J.R. Tolkien… on Friday.');
    expect(words.map((w) => w.text)).toEqual(['U.S.', 'Mr.', 'Smith', 'Kremlin', 'aides', 'met', 'Dr.', 'J.R.', 'Tolkien', 'on', 'Friday']);
    expect(words.map((w) => w.lower).slice(0, 4)).toEqual(['u.s', 'mr', 'smith', 'kremlin']);
    expect(words[2]).toMatchObject({ poss: true, cap: true });
    expect(words[3]).toMatchObject({ cut: true, tail: 'linked' });
    expect(words[0]).toMatchObject({ allCaps: true, dotted: true, sentStart: true });
    expect(words[1]!.sentStart).toBe(false); // "U.S. Mr.": the stop belongs to the abbreviation
  });

  it('never end `lower` with a full stop (entity rules look honorifics up by it as it is)', () => {
    const odd = 'Mr. Dr. U.S. a.b. x-.y A--B end. …and “U.N.” mr.';
    for (const text of [seed, odd]) for (const w of tokenize(text)) expect(w.lower.endsWith('.')).toBe(false);
  });

  it('mark capitals, all-capital words and sentence starts outside ASCII too', () => {
    const words = tokenize('Élysée said. NATO and ÉTAT agreed; «Ça» va. x');
    expect(words.find((w) => w.text === 'Élysée')).toMatchObject({ cap: true, allCaps: false, sentStart: true });
    expect(words.find((w) => w.text === 'NATO')).toMatchObject({ allCaps: true, sentStart: true });
    expect(words.find((w) => w.text === 'ÉTAT')).toMatchObject({ allCaps: true, sentStart: false });
    expect(words.find((w) => w.text === 'Ça')).toMatchObject({ sentStart: true });
  });
});
