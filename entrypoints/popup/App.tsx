import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { PopupStatus } from '@/components/PopupStatus';
import { errorText, type PageState } from '@/lib/messaging';
import { rememberView } from './cache';
import { RestrictedPageError, requestFromTab, send, type TargetTab } from './tab';

const NOT_ENGLISH = 'This page does not look English. Sidelight reads English only for now, so results may be poor.';

const CONNECTING: View = { state: 'working', progress: 'Connecting to the page…' };
const READING: View = { state: 'working', progress: 'Reading the article and finding who claims what…' };

type View =
  | { state: 'working'; progress: string }
  | { state: 'restricted' }
  | { state: 'error'; message: string }
  | { state: 'page'; page: PageState };

interface Props {
  /** The tab the popup works on (tab.ts targetTab). */
  tab: Promise<TargetTab>;
  /** Results remembered from the last opening on this page, shown until the tab answers. */
  initial?: PageState;
}

/** The popup: connects to the tab, asks for the analysis, renders it. Wiring only. */
export function App({ tab: targetPromise, initial }: Props) {
  const [view, setView] = useState<View>(initial ? { state: 'page', page: initial } : CONNECTING);
  const [target, setTarget] = useState<TargetTab | null>(null);
  const [shortcuts, setShortcuts] = useState<{ next: string; previous: string }>();

  /** Shows a page state from the tab, and remembers it for the next opening. */
  const show = (tab: TargetTab, page: PageState) => {
    setView({ state: 'page', page });
    void tab.url.then((url) => rememberView(tab.id, url, page)).catch(() => {});
  };

  const run = async (options: { force?: boolean; fresh?: boolean } = {}) => {
    try {
      const tab = await targetPromise;
      setTarget(tab);
      show(tab, await requestFromTab(tab, 'analyze', options, () => setView(READING)));
    } catch (error) {
      if (error instanceof RestrictedPageError) setView({ state: 'restricted' });
      else setView({ state: 'error', message: `Sidelight could not analyse this page: ${errorText(error)}` });
    }
  };

  const rerun = (options: { force?: boolean; fresh?: boolean }) => {
    setView(CONNECTING);
    void run(options);
  };

  // A layout effect runs before the first paint, not after it: the tab is asked a frame sooner.
  useLayoutEffect(() => void run(), []);
  useEffect(() => {
    void browser.commands?.getAll().then((commands) => {
      const key = (name: string) => commands.find((c) => c.name === name)?.shortcut || 'not set';
      setShortcuts({ next: key('next-claim'), previous: key('previous-claim') });
    });
  }, []);

  const call = <T,>(fn: (tab: number) => Promise<T>) => {
    if (target === null) return;
    fn(target.id).catch((error: unknown) => setView({ state: 'error', message: errorText(error) }));
  };

  useEffect(() => {
    // The benchmark reads this mark: time from opening the popup to the first paint of results.
    if (view.state === 'page') requestAnimationFrame(() => performance.mark('sidelight:results'));
  }, [view.state]);

  if (view.state === 'working') return <PopupStatus state="working" progress={view.progress} />;
  if (view.state === 'restricted') return <PopupStatus state="restricted" />;
  if (view.state === 'error') return <PopupStatus state="error" message={view.message} />;

  const { page } = view;
  if (page.kind === 'not-article') {
    return <PopupStatus state="not-article" message={page.message} onAnalyseAnyway={() => rerun({ force: true })} />;
  }
  if (page.kind === 'empty') return <PopupStatus state="error" message={page.message} />;
  const notEnglish = page.english ? [] : [NOT_ENGLISH];
  if (page.analysis.claims.length === 0 && page.analysis.glossary.length === 0) {
    return <PopupStatus state="empty" message={notEnglish[0]} />;
  }
  return (
    <Popup
      analysis={page.analysis}
      title={page.title}
      notes={[
        ...notEnglish,
        ...(page.unplaced > 0
          ? [`${page.unplaced} claim${page.unplaced === 1 ? '' : 's'} could not be placed on the page.`]
          : []),
      ]}
      stale={page.stale}
      onReanalyse={() => rerun({ fresh: true })}
      highlightsOn={page.highlightsOn}
      shortcuts={shortcuts}
      onToggleHighlights={(on) =>
        call(async (tab) => {
          await send(tab, 'set-highlights', { on });
          if (target) show(target, { ...page, highlightsOn: on });
        })
      }
      onJumpToClaim={(claim) => call((tab) => send(tab, 'jump-to-claim', { claimId: claim.id }))}
      onJumpToMention={(entry, i) => {
        const m = entry.mentions[i % Math.max(1, entry.mentions.length)];
        if (m) call((tab) => send(tab, 'jump-to-mention', { start: m.start, end: m.end }));
      }}
      onMoveSource={(source, side) =>
        call(async (tab) => {
          const moved = await send(tab, 'move-source', { source, side });
          if (target) show(target, moved);
        })
      }
    />
  );
}
