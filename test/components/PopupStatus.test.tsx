// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupStatus, type PopupState } from '../../components/PopupStatus';
import { expectAccessible } from './axe';

afterEach(cleanup);

describe('PopupStatus', () => {
  it('shows progress in words, announced politely', () => {
    render(<PopupStatus state="working" />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Reading the article…');
    cleanup();
    render(<PopupStatus state="working" progress="Connecting to the page…" />);
    expect(screen.getByRole('status').textContent).toBe('Connecting to the page…');
  });

  it('shows an error in plain words as an alert', () => {
    render(<PopupStatus state="error" message="Sidelight could not analyse this page: the tab was closed." />);
    expect(screen.getByRole('alert').textContent).toBe('Sidelight could not analyse this page: the tab was closed.');
  });

  it('offers to analyse a page that does not look like an article, without saying it twice', () => {
    const onAnalyseAnyway = vi.fn();
    render(
      <PopupStatus
        state="not-article"
        message="This page doesn't look like an article."
        onAnalyseAnyway={onAnalyseAnyway}
      />,
    );
    expect(screen.getAllByText(/doesn't look like an article/)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(onAnalyseAnyway).toHaveBeenCalledTimes(1);
  });

  it('shows a not-article message that adds something', () => {
    render(<PopupStatus state="not-article" message="It is mostly links." />);
    expect(screen.getByText("This page doesn't look like an article")).toBeTruthy();
    expect(screen.getByText('It is mostly links.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('explains restricted pages and the empty result', () => {
    render(<PopupStatus state="restricted" />);
    expect(screen.getByRole('status').textContent).toBe(
      "Sidelight can't run on this page (browser pages and the extension store are off limits).",
    );
    cleanup();
    render(<PopupStatus state="empty" />);
    expect(screen.getByRole('status').textContent).toBe('No attributed claims found in this article.');
  });

  it('is the popup’s main landmark, its words the page’s heading', () => {
    render(<PopupStatus state="empty" />);
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No attributed claims found in this article.');
  });

  it.each<PopupState>(['working', 'error', 'not-article', 'restricted', 'empty'])(
    '%s has no accessibility violations',
    async (state) => {
      const { container } = render(
        <PopupStatus state={state} message="Something specific." onAnalyseAnyway={() => {}} />,
      );
      await expectAccessible(container);
    },
  );
});
