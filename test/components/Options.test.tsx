// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options, optionsCss, type OptionsProps } from '../../components/Options';
import { expectAccessible } from './axe';
import { SIDES } from './fixtures';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsProps> = {}) {
  const props: OptionsProps = {
    sides: SIDES,
    colors: { ukraine: '#ffcc00' },
    onColorChange: vi.fn(),
    choicesCount: 3,
    onResetChoices: vi.fn(),
    shortcuts: { next: 'Alt+Shift+N', previous: 'Alt+Shift+P' },
    ...overrides,
  };
  return { ...render(<Options {...props} />), props };
}

const colorInput = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('Options', () => {
  it('shows a colour picker per side, with the reader’s colour or the default', () => {
    renderOptions();
    expect(colorInput('Russia').value).toBe('#d32f2f');
    expect(colorInput('Ukraine').value).toBe('#ffcc00');
    expect(colorInput('United States').type).toBe('color');
  });

  it('reports a new colour, and offers the default back where it changed', () => {
    const { props } = renderOptions();
    fireEvent.input(colorInput('Russia'), { target: { value: '#aa0000' } });
    expect(props.onColorChange).toHaveBeenCalledWith('russia', '#aa0000');
    expect(screen.getAllByRole('button', { name: /^Default/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Default colour for Ukraine' }));
    expect(props.onColorChange).toHaveBeenLastCalledWith('ukraine', '#1565c0');
  });

  it('shows the shortcuts and where to change them', () => {
    renderOptions();
    expect(document.body.textContent).toContain('Next claim: Alt+Shift+N');
    expect(document.body.textContent).toContain('Previous claim: Alt+Shift+P');
    expect(document.body.textContent).toContain('chrome://extensions/shortcuts');
  });

  it('resets the remembered side choices, and cannot when there are none', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Reset remembered side choices (3)' }));
    expect(props.onResetChoices).toHaveBeenCalledTimes(1);
    cleanup();
    renderOptions({ choicesCount: 0 });
    expect(
      (screen.getByRole('button', { name: 'Reset remembered side choices (0)' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('exports its CSS, light and dark', () => {
    expect(optionsCss).toContain('prefers-color-scheme: dark');
  });

  it('has no accessibility violations', async () => {
    const { container } = renderOptions();
    await expectAccessible(container);
  });
});
