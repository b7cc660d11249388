import type { Analysis, Claim, EntityKind } from './types';

/** A plain-text report of an analysis: claims grouped by side, then the glossary. */
export function formatReport(analysis: Analysis, title?: string): string {
  const out: string[] = [];
  if (title) out.push(title, '='.repeat(Math.min(title.length, 80)));
  out.push(
    `${analysis.claims.length} attributed claims · ${analysis.sides.length} sides · ${analysis.glossary.length} glossary entries`,
    '',
  );
  const bySide = new Map<string, Claim[]>();
  for (const c of analysis.claims) {
    const side = c.side ?? 'unknown';
    bySide.set(side, [...(bySide.get(side) ?? []), c]);
  }
  for (const side of analysis.sides) {
    const claims = bySide.get(side.id) ?? [];
    if (claims.length === 0) continue;
    out.push(`[${side.badge}] ${side.label} — ${claims.length} claim${claims.length === 1 ? '' : 's'}`);
    for (const c of claims) {
      const evidence = analysis.sourceSides.find((s) => s.source === c.source.name)?.evidence;
      const why = evidence?.text ? ` (side: "${evidence.text}", ${evidence.reason})` : '';
      const mention =
        c.source.mention && c.source.mention.text !== c.source.name ? ` ["${c.source.mention.text}"]` : '';
      out.push(`  ${c.source.name}${mention} ${c.cue.text}${why}:`);
      // A direct quotation carries its own marks.
      const content = c.kind === 'direct' ? clip(c.content.text, 160) : `“${clip(c.content.text, 160)}”`;
      out.push(`    ${content}${c.confidence < 0.6 ? '  (low confidence)' : ''}`);
    }
    out.push('');
  }
  const kinds: [EntityKind, string][] = [
    ['person', 'People'],
    ['place', 'Places'],
    ['organization', 'Organisations'],
  ];
  out.push('Glossary');
  for (const [kind, label] of kinds) {
    const entries = analysis.glossary.filter((g) => g.kind === kind);
    if (entries.length === 0) continue;
    out.push(`  ${label}`);
    for (const g of entries) {
      const desc = g.description ? ` — ${g.description}` : '';
      out.push(`    ${g.name}${desc} (${g.mentionCount} mention${g.mentionCount === 1 ? '' : 's'})`);
    }
  }
  return out.join('\n');
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
