import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options, optionsCss } from '@/components/Options';
import type { Shortcuts } from '@/components/Popup';
import { getKnownSides, getSideColors, setSideColor, watchSideColors } from '@/lib/settings';
import { GROUP_SIDES, sideColor, UNKNOWN_SIDE } from '@/lib/sides/palette';
import { getSideChoices, resetSideChoices, watchSideChoices } from '@/lib/sides/store';
import type { Side } from '@/lib/types';

/** The options page: wiring between storage and the Options component. */
function App() {
  const [sides, setSides] = useState<Side[]>([]);
  const [colors, setColors] = useState<Record<string, string>>({});
  const [choicesCount, setChoicesCount] = useState(0);
  const [shortcuts, setShortcuts] = useState<Shortcuts>();

  useEffect(() => {
    void (async () => {
      const known = await getKnownSides();
      const groups = Object.values(GROUP_SIDES).map((g, i) => ({ ...g, color: sideColor(known.length + i) }));
      const all = [...known, ...groups, UNKNOWN_SIDE];
      setSides(all.filter((s, i) => all.findIndex((o) => o.id === s.id) === i));
      setColors(await getSideColors());
      setChoicesCount(Object.keys(await getSideChoices()).length);
      const commands = await browser.commands.getAll();
      const key = (name: string) => commands.find((c) => c.name === name)?.shortcut || 'not set';
      setShortcuts({ next: key('next-claim'), previous: key('previous-claim') });
    })();
    const unwatchColors = watchSideColors(setColors);
    const unwatchChoices = watchSideChoices((c) => setChoicesCount(Object.keys(c).length));
    return () => {
      unwatchColors();
      unwatchChoices();
    };
  }, []);

  return (
    <Options
      sides={sides}
      colors={colors}
      onColorChange={(id, color) => void setSideColor(id, color)}
      choicesCount={choicesCount}
      onResetChoices={() => void resetSideChoices()}
      shortcuts={shortcuts}
    />
  );
}

const style = document.createElement('style');
style.textContent = optionsCss;
document.head.append(style);
render(<App />, document.getElementById('app')!);
