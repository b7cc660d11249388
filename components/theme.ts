/**
 * Colours and type shared by every Sidelight surface, as CSS custom properties on `selector`,
 * light by default and dark under `prefers-color-scheme: dark`. Sizes are px: the hover card lives
 * in a shadow root, where `rem` would follow the host page's font size.
 */
export function themeCss(selector: string): string {
  return `
${selector} {
  --sl-bg: #ffffff;
  --sl-bg-raised: #f4f5f7;
  --sl-fg: #1b1d21;
  --sl-fg-muted: #555b65;
  --sl-border: #d5d8de;
  --sl-accent: #1a5fb4;
  --sl-accent-fg: #ffffff;
  --sl-focus: #1a5fb4;
  --sl-warn: #8a4b00;
  color-scheme: light dark;
  color: var(--sl-fg);
  background: var(--sl-bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  ${selector} {
    --sl-bg: #1e2024;
    --sl-bg-raised: #2a2d33;
    --sl-fg: #eceef2;
    --sl-fg-muted: #b4b9c2;
    --sl-border: #454a53;
    --sl-accent: #8fb8ff;
    --sl-accent-fg: #0d1b2e;
    --sl-focus: #8fb8ff;
    --sl-warn: #ffc46b;
  }
}
${selector}, ${selector} *, ${selector} *::before, ${selector} *::after { box-sizing: border-box; }
${selector} :focus-visible { outline: 2px solid var(--sl-focus); outline-offset: 2px; }
${selector} button, ${selector} select, ${selector} input { font: inherit; color: inherit; }
${selector} .sl-badge {
  display: inline-flex; align-items: center; justify-content: center;
  min-width: 20px; height: 20px; padding: 0 4px; border-radius: 4px;
  font-size: 12px; font-weight: 700; line-height: 1; flex: none;
  border: 1px solid rgba(0, 0, 0, 0.25);
}
${selector} .sl-muted { color: var(--sl-fg-muted); }
${selector} .sl-link {
  padding: 0; border: 0; background: none; color: var(--sl-accent); text-decoration: underline; cursor: pointer;
}
${selector} .sl-button {
  padding: 6px 14px; border: 0; border-radius: 6px; background: var(--sl-accent); color: var(--sl-accent-fg);
  font-weight: 600; cursor: pointer;
}
${selector} .sl-button:disabled { opacity: 0.55; cursor: default; }
${selector} .sl-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
}
