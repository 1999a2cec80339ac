/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { WholeDates } from '../../src/taskpane/components/WholeDates';

function rendered(text: string): HTMLElement {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <p>
        <WholeDates text={text} />
      </p>
    </FluentProvider>,
  );
  return container.querySelector('p') as HTMLElement;
}

describe('WholeDates', () => {
  it('keeps each ISO date on one line and leaves the text as it was', () => {
    const text = '完成时限“10月底前”（2023-10-31）已过；截至 2023-11-20。';
    const p = rendered(text);
    expect(p.textContent).toBe(text);
    const dates = [...p.querySelectorAll('span')];
    expect(dates.map((span) => span.textContent)).toEqual(['2023-10-31', '2023-11-20']);
    for (const span of dates) expect(getComputedStyle(span).whiteSpace).toBe('nowrap');
  });

  it('adds nothing to text without a date, nor to numbers that only look like one', () => {
    const p = rendered('任务 29 项 · 2023 年度 · 电话 0591-8753-1234 · 编号 12023-10-311');
    expect(p.querySelectorAll('span')).toHaveLength(0);
    expect(p.textContent).toBe('任务 29 项 · 2023 年度 · 电话 0591-8753-1234 · 编号 12023-10-311');
  });
});
