// Columns line up in a terminal, where a Chinese character takes two columns: 'Office 清除标记: syncs' is 22 wide.
import { formatTable } from '../../bench/formatTable';

describe('formatTable', () => {
  it('pads by display width, the first column left and the figures right', () => {
    const text = formatTable(['figure', '10,000 rows'], [['Office 清除标记: syncs', '3'], ['engine total', '525']]);
    expect(text.split('\n')).toEqual([
      'figure                  10,000 rows',
      '----------------------  -----------',
      'Office 清除标记: syncs            3',
      'engine total                    525',
    ]);
  });
});
