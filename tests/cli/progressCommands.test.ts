// task-check returns and merge as a clerk runs them: the returns written into a folder, merged back with the 通报
// printed, and bad options or files said in one line.
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { openWorkbookFile } from '../../src/xlsx';
import { writeNewWorkbook } from '../../src/xlsx/write/newWorkbook';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { makeTempDir } from '../fixtures/tempDirs';
import { captureIo } from './captureIo';

describe('task-check returns and merge', () => {
  const dir = makeTempDir('task-check-cli-progress-');
  const returns = path.join(dir, 'returns');

  it('writes one return per lead unit into the folder, judging at the period’s end or today', async () => {
    const io = captureIo();
    expect(await run(['returns', SAMPLE_WORKBOOK_PATH, '--period', '2023-11', '--out-dir', returns], io)).toBe(0);
    expect(io.out()).toBe(`已生成 27 份进展报送表：${returns}\n`);
    expect(fs.readdirSync(returns)).toContain('2023-11 进展报送 马尾区.xlsx');
  });

  it('merges the returns into a copy, prints the report, the 通报 and who sent nothing', async () => {
    const out = path.join(dir, 'merged.xlsx');
    const files = ['马尾区', '市人社局'].map((unit) => path.join(returns, `2023-11 进展报送 ${unit}.xlsx`));
    // A file that is not merged (no workbook at all) is not counted among the merged.
    const notice = path.join(dir, '会议通知.xlsx');
    fs.writeFileSync(notice, 'not a workbook');
    const io = captureIo();
    expect(await run(['merge', SAMPLE_WORKBOOK_PATH, ...files, notice, '--period', '2023-11', '--out', out, '--bulletin'], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    // 黄 says what it holds: here only tasks due soon, which the 通报 counts among those on schedule.
    expect(lines[3]).toBe('亮灯：红 3，黄 19（临近时限 19），绿 6，不亮灯 1');
    expect(lines).toContain('进展通报');
    expect(lines).toContain('截至11月20日，29项重点任务中，已完成0项，占0%；序时推进26项（其中临近完成时限19项）；滞后3项（其中逾期3项），分别是第3项（马尾区、闽侯县、福清市）、第18项（前方工作组、马尾区、闽侯县等）、第23项（马尾区、闽侯县、福清市）。');
    expect(lines[lines.length - 2]).toMatch(/^已合并报送表 2 份；未合并 1 份（会议通知.xlsx，原因见问题清单）；未报送的单位：市委办公厅、市政府办公厅、闽侯县、福清市、/);
    expect(lines[lines.length - 1]).toBe(`已另存校验结果：${out}`);
    // The header under the title and subtitle every tool sheet has.
    expect(openWorkbookFile(fs.readFileSync(out)).sheetGrid('进展汇总')?.grid[2]?.slice(-2)).toEqual(['2023-11 进展', '任务标识']);
    expect(io.err()).toBe('');
  });

  it('checks the merged copy again with the progress its 进展汇总 holds, the 通报 and the progress sheets kept', async () => {
    const merged = path.join(dir, 'merged.xlsx');
    const again = path.join(dir, 'rerun.xlsx');
    const io = captureIo();
    expect(await run([merged, '--bulletin', '--as-of', '2023-11-20', '--out', again], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toContain('进展按“进展汇总”中 2023-11 期已合并的报送情况判断。');
    expect(lines).toContain('截至11月20日，29项重点任务中，已完成0项，占0%；序时推进26项（其中临近完成时限19项）；滞后3项（其中逾期3项），分别是第3项（马尾区、闽侯县、福清市）、第18项（前方工作组、马尾区、闽侯县等）、第23项（马尾区、闽侯县、福清市）。');
    const before = openWorkbookFile(fs.readFileSync(merged));
    const after = openWorkbookFile(fs.readFileSync(again));
    for (const name of ['进展汇总', '单位进展排名']) expect(after.sheetGrid(name)?.grid.slice(1)).toEqual(before.sheetGrid(name)?.grid.slice(1));
    expect(after.sheetGrid('区县汇总表')?.grid.flat()).toContain('进展通报');
  });

  it('prints the 通报 of a table that reports progress, and says when one reports none', async () => {
    const chongchuan = path.join(__dirname, '..', 'fixtures', 'tables', 'chongchuan-2023-minsheng-jindu.xlsx');
    const io = captureIo();
    expect(await run([chongchuan, '--as-of', '2023-11-30', '--bulletin', '--tolerance', '5'], io)).toBe(0);
    expect(io.out()).toContain('\n进展通报\n截至11月30日，3项重点任务中，已完成0项，占0%；序时推进2项；滞后1项，分别是第25项（城管局）。\n');
    expect(io.out().split('\n')[3]).toBe('亮灯：黄 1（滞后 1），绿 2');
    const none = captureIo();
    await run([SAMPLE_WORKBOOK_PATH, '--bulletin'], none);
    expect(none.out().trimEnd().split('\n').pop()).toBe('表中没有进展情况，无法通报。');
  });

  it('ranks a plain check’s 单位进展排名 by completion rate with --rank, and says when there is none to rank', async () => {
    // A table with its own progress column, written by the project's workbook writer.
    const headers = ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'];
    const rows = [
      ['1', '新建口袋公园10个', '区城管局', '年底前', '完成95%'],
      ['2', '改造老旧小区12个', '区住建局', '年底前', '已完成'],
      ['3', '新增停车位500个', '区城管局', '年底前', '已完成'],
    ];
    const table = path.join(dir, 'progress-table.xlsx');
    fs.writeFileSync(table, writeNewWorkbook([{ name: '推进情况', columns: headers.map((header) => ({ header, width: 12 })), rows, boldRows: [], layout: { title: '2023年重点工作推进情况' } }]));
    const unitsOf = async (args: string[]) => {
      const out = path.join(dir, 'ranked.xlsx');
      expect(await run([table, '--as-of', '2023-11-30', ...args, '--out', out], captureIo())).toBe(0);
      return (openWorkbookFile(fs.readFileSync(out)).sheetGrid('单位进展排名')?.grid ?? []).slice(3, 5).map((r) => [r[0], r[7]]);
    };
    expect(await unitsOf([])).toEqual([
      ['区城管局', 0.5],
      ['区住建局', 1],
    ]);
    expect(await unitsOf(['--rank'])).toEqual([
      ['区住建局', 1],
      ['区城管局', 0.5],
    ]);
    const none = captureIo();
    await run([SAMPLE_WORKBOOK_PATH, '--rank'], none);
    expect(none.out().trimEnd().split('\n').pop()).toBe('表中没有进展情况，没有单位进展排名可按完成率排序（--rank）。');
  });

  it('says in one line that a period is after the plan year, for returns and a merge alike', async () => {
    const later = path.join(dir, 'returns-2024');
    const io = captureIo();
    expect(await run(['returns', SAMPLE_WORKBOOK_PATH, '--period', '2024-01', '--as-of', '2024-01-31', '--out-dir', later], io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe('报送期次 2024-01 在计划年度 2023 之后：截至 2024-01-31，28 项逾期或亮红灯。要按年底判断，请用 --period 2023-12。');
    const merge = captureIo();
    const out = path.join(dir, 'merged-2024.xlsx');
    expect(await run(['merge', SAMPLE_WORKBOOK_PATH, path.join(later, '2024-01 进展报送 马尾区.xlsx'), '--period', '2024-01', '--as-of', '2024-01-31', '--out', out], merge)).toBe(0);
    expect(merge.out()).toContain('\n报送期次 2024-01 在计划年度 2023 之后：截至 2024-01-31，');
  });

  it('says in one line what is wrong with a command', async () => {
    const io = captureIo();
    expect(await run(['merge', SAMPLE_WORKBOOK_PATH, 'a.xlsx', '--out', path.join(dir, 'm.xlsx')], io)).toBe(2);
    expect(io.err()).toBe('merge 需要用 --period 指定报送期次，例如 --period 2023-11（月）或 --period 2023-Q3（季度）。\n');
    const missing = captureIo();
    expect(await run(['merge', SAMPLE_WORKBOOK_PATH, path.join(dir, 'nowhere.xlsx'), '--period', '2023-11', '--out', path.join(dir, 'm.xlsx')], missing)).toBe(2);
    expect(missing.err()).toBe(`找不到文件${path.join(dir, 'nowhere.xlsx')}。\n`);
    expect(fs.existsSync(path.join(dir, 'm.xlsx'))).toBe(false);
  });
});
