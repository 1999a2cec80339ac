/** @jest-environment jsdom */
// File mode's 进展报送 controls: the period checked before anything runs, 生成报送表 with it, 合并报送 with the files
// picked or dropped.
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ProgressActions } from '../../src/taskpane/components/ProgressActions';

/** The box as the pane holds it: open or folded by the pane's state, the as-of month passed in. */
function Holder({ disabled, defaultPeriod, written, merged }: { disabled: boolean; defaultPeriod: string; written: string[]; merged: [string, string[]][] }) {
  const [open, setOpen] = useState(true);
  return (
    <ProgressActions
      lang="zh-CN"
      disabled={disabled}
      defaultPeriod={defaultPeriod}
      onWriteReturns={(period) => written.push(period)}
      onMergeReturns={(period, files) => merged.push([period, files.map((f) => f.name)])}
      open={open}
      onOpenChange={setOpen}
    />
  );
}

function renderActions(disabled = false, defaultPeriod = '2023-11') {
  const written: string[] = [];
  const merged: [string, string[]][] = [];
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <Holder disabled={disabled} defaultPeriod={defaultPeriod} written={written} merged={merged} />
    </FluentProvider>,
  );
  const rerender = (period: string) =>
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <Holder disabled={disabled} defaultPeriod={period} written={written} merged={merged} />
      </FluentProvider>,
    );
  return { written, merged, rerender };
}

const file = (name: string) => new File([new Uint8Array([80, 75])], name);

describe('ProgressActions', () => {
  it('writes the returns of the period in the field, the as-of month to start with', () => {
    const { written } = renderActions();
    expect(screen.getByLabelText('报送期次')).toHaveValue('2023-11');
    fireEvent.change(screen.getByLabelText('报送期次'), { target: { value: '2023-q4' } });
    fireEvent.click(screen.getByRole('button', { name: '生成报送表' }));
    expect(written).toEqual(['2023-Q4']);
  });

  it('follows the as-of month until the user types a period', () => {
    const { rerender } = renderActions(false, '2026-12');
    rerender('2023-11');
    expect(screen.getByLabelText('报送期次')).toHaveValue('2023-11');
    fireEvent.change(screen.getByLabelText('报送期次'), { target: { value: '2023-Q3' } });
    rerender('2023-10');
    expect(screen.getByLabelText('报送期次')).toHaveValue('2023-Q3');
  });

  it('folds to its heading and opens again on a click, keeping the period typed', () => {
    renderActions();
    const heading = screen.getByRole('button', { name: '进展报送' });
    expect(heading).toHaveAttribute('aria-expanded', 'true');
    fireEvent.change(screen.getByLabelText('报送期次'), { target: { value: '2023-Q4' } });
    fireEvent.click(heading);
    expect(heading).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByLabelText('报送期次')).toBeNull();
    expect(screen.queryByRole('button', { name: '生成报送表' })).toBeNull();
    fireEvent.click(heading);
    expect(screen.getByLabelText('报送期次')).toHaveValue('2023-Q4');
  });

  it('says what is wrong with a period, and runs nothing', () => {
    const { written } = renderActions();
    fireEvent.change(screen.getByLabelText('报送期次'), { target: { value: '11月' } });
    fireEvent.click(screen.getByRole('button', { name: '生成报送表' }));
    expect(written).toEqual([]);
    expect(screen.getByText('报送期次应写作 2023-11 或 2023-Q3。')).toBeInTheDocument();
  });

  it('merges the files picked, or dropped on it', () => {
    const { merged } = renderActions();
    const picker = screen.getByLabelText('合并报送', { selector: 'input' });
    fireEvent.change(picker, { target: { files: [file('a.xlsx'), file('b.xlsx')] } });
    fireEvent.drop(screen.getByRole('region', { name: '进展报送' }), { dataTransfer: { files: [file('c.xlsx')] } });
    expect(merged).toEqual([
      ['2023-11', ['a.xlsx', 'b.xlsx']],
      ['2023-11', ['c.xlsx']],
    ]);
  });

  it('takes nothing while another command runs', () => {
    const { merged } = renderActions(true);
    expect(screen.getByRole('button', { name: '生成报送表' })).toBeDisabled();
    fireEvent.drop(screen.getByRole('region', { name: '进展报送' }), { dataTransfer: { files: [file('c.xlsx')] } });
    expect(merged).toEqual([]);
  });
});
