/** @jest-environment jsdom */
// File mode's 进展报送 controls: the period checked before anything runs, 生成报送表 with it, 合并报送 with the files
// picked or dropped.
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { ProgressActions } from '../../src/taskpane/components/ProgressActions';

function renderActions(disabled = false) {
  const written: string[] = [];
  const merged: [string, string[]][] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ProgressActions
        lang="zh-CN"
        disabled={disabled}
        defaultPeriod="2023-11"
        onWriteReturns={(period) => written.push(period)}
        onMergeReturns={(period, files) => merged.push([period, files.map((f) => f.name)])}
      />
    </FluentProvider>,
  );
  return { written, merged };
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
