import { useId } from 'preact/hooks';
import type { Side } from '../lib/types';
import { toHexColor } from './format';
import type { Shortcuts } from './Popup';
import { SideBadge } from './SideBadge';
import { themeCss } from './theme';

export interface OptionsProps {
  /** The sides with their default colours. */
  sides: Side[];
  /** The reader's colours by side id; a side not in here has its default colour. */
  colors: Record<string, string>;
  onColorChange(sideId: string, color: string): void;
  /** How many sources the reader has put on a side by hand. */
  choicesCount: number;
  onResetChoices(): void;
  /** The keyboard shortcuts as the browser reports them. */
  shortcuts?: Shortcuts;
}

/** The options page: side colours, keyboard shortcuts, and forgetting the reader's side choices. */
export function Options({ sides, colors, onColorChange, choicesCount, onResetChoices, shortcuts }: OptionsProps) {
  const id = useId();
  return (
    <main class="sl-options">
      <h1>Sidelight settings</h1>

      <section aria-labelledby="sl-colors-title">
        <h2 id="sl-colors-title">Side colours</h2>
        <p class="sl-muted">Each side also keeps its letter, so sides stay apart without colour.</p>
        <ul class="sl-color-list">
          {sides.map((side) => {
            const color = colors[side.id] ?? side.color;
            const inputId = `${id}-color-${side.id}`;
            const changed = (toHexColor(color) ?? color) !== (toHexColor(side.color) ?? side.color);
            return (
              <li key={side.id} class="sl-color-row">
                <SideBadge side={{ ...side, color }} />
                <label for={inputId}>{side.label}</label>
                <input
                  id={inputId}
                  type="color"
                  value={toHexColor(color) ?? '#000000'}
                  onInput={(e) => onColorChange(side.id, e.currentTarget.value)}
                />
                {changed && (
                  <button type="button" class="sl-link" onClick={() => onColorChange(side.id, side.color)}>
                    Default<span class="sl-visually-hidden"> colour for {side.label}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="sl-keys-title">
        <h2 id="sl-keys-title">Keyboard shortcuts</h2>
        {shortcuts && (
          <ul class="sl-keys">
            <li>
              Next claim: <kbd>{shortcuts.next}</kbd>
            </li>
            <li>
              Previous claim: <kbd>{shortcuts.previous}</kbd>
            </li>
          </ul>
        )}
        <p>
          To change them, open <code>chrome://extensions/shortcuts</code> in Chrome or Edge, or{' '}
          <em>Manage Extension Shortcuts</em> under <code>about:addons</code> in Firefox.
        </p>
      </section>

      <section aria-labelledby="sl-choices-title">
        <h2 id="sl-choices-title">Remembered side choices</h2>
        <p class="sl-muted">
          When you move a source to another side, Sidelight remembers it on this device for every article.
        </p>
        <button type="button" class="sl-button" disabled={choicesCount === 0} onClick={onResetChoices}>
          Reset remembered side choices ({choicesCount})
        </button>
      </section>
    </main>
  );
}

/** Styles for the options page, light and dark. */
export const optionsCss = `${themeCss('body')}
body { margin: 0; }
.sl-options { max-width: 560px; padding: 16px 20px; }
.sl-options h1 { margin: 0 0 12px; font-size: 20px; }
.sl-options h2 { margin: 20px 0 6px; font-size: 16px; }
.sl-options p { margin: 4px 0 8px; }
.sl-color-list, .sl-keys { list-style: none; margin: 0; padding: 0; }
.sl-color-row { display: grid; grid-template-columns: 32px minmax(120px, 200px) 44px auto; align-items: center; justify-items: start; gap: 10px; padding: 4px 0; }
.sl-color-row input[type="color"] { width: 40px; height: 28px; padding: 0; border: 1px solid var(--sl-border); border-radius: 4px; background: none; }
.sl-keys li { padding: 2px 0; }
kbd, code {
  padding: 0 4px; border: 1px solid var(--sl-border); border-radius: 3px; background: var(--sl-bg-raised);
  font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
`;
