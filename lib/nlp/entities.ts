import type { Entity, Span } from '../types';

// PLACEHOLDER (foundation): capitalised word sequences, not at a sentence start, as entities of
// unknown kind ("person" by default). Replaced by the entities issue (#4).
const NAME = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu;

export function findEntities(text: string): Entity[] {
  const byName = new Map<string, Entity>();
  for (const m of text.matchAll(NAME)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 2), start);
    if (start === 0 || /[.!?\n]\s?$/.test(before) || /^\s*$/.test(before)) continue;
    const span: Span = { start, end: start + m[0].length, text: m[0] };
    const entity = byName.get(m[0]) ?? {
      id: `person:${m[0].toLowerCase().replace(/\W+/g, '-')}`,
      kind: 'person' as const,
      name: m[0],
      variants: [],
      mentions: [],
    };
    entity.mentions.push(span);
    byName.set(m[0], entity);
  }
  return [...byName.values()];
}
