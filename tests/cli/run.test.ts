import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { SAMPLE_WORKBOOK_PATH } from '../../seeds/build-sample';
import { makeTempDir, writeWorkbookFile } from '../fixtures/workbooks/workbookFiles';
import { tablePath } from '../fixtures/tables/tableGrid';
import { captureIo } from './captureIo';

async function largeTable(rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分工方案');
  sheet.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
  for (let i = 1; i <= rows; i += 1) sheet.addRow([i, `组织第${i}批消费帮扶对接活动`, '市商务局', '马尾区区委、政府', '11月底前']);
  return writeWorkbookFile(workbook, makeTempDir(), 'large.xlsx');
}

interface JsonFinding {
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly suggestion: string | null;
}

describe('task-check run (in process)', () => {
  it('prints counts, then the findings by kind in plain words, errors first, with the same findings as --json', async () => {
    const json = captureIo();
    expect(await run([SAMPLE_WORKBOOK_PATH, '--json'], json)).toBe(0);
    const findings = (JSON.parse(json.out()) as { findings: JsonFinding[] }).findings;

    const human = captureIo();
    expect(await run([SAMPLE_WORKBOOK_PATH], human)).toBe(0);
    const lines = human.out().trimEnd().split('\n');
    expect(lines[0]).toBe('工作表“分工方案”（计划年度 2023，截至 2023-11-20），任务 29 项');
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    expect(findings).toHaveLength(145);
    expect(lines[1]).toBe(`问题：错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}`);
    expect(lines[2]).toMatch(/^任务状态：逾期 \d+/);
    expect(lines[3]).toBe('问题清单（按类别，错误在前）：');
    // One heading per code, each counting its findings; errors before warnings before info.
    const headings = lines.slice(4).filter((line) => !line.startsWith(' '));
    const codes = [...new Set(findings.map((f) => f.code))];
    expect(headings).toHaveLength(codes.length);
    for (const code of codes) {
      const heading = headings.find((line) => line.endsWith(`(${code})`)) ?? '';
      expect(heading).toMatch(new RegExp(` · ${findings.filter((f) => f.code === code).length} 处 `));
    }
    const severities = headings.map((line) => ['错误', '警告', '提示'].indexOf(line.split(' · ')[0] ?? ''));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(headings[0]).toBe(`错误 · 逾期未完成 · ${findings.filter((f) => f.code === 'DEADLINE_OVERDUE').length} 处  (DEADLINE_OVERDUE)`);
    expect(lines.length).toBeLessThan(45);
    expect(human.err()).toBe('');
  });

  it('gives a few examples per kind, a repeated finding once with how many cells have it, and counts the rest', async () => {
    const json = captureIo();
    await run([SAMPLE_WORKBOOK_PATH, '--json'], json);
    const findings = (JSON.parse(json.out()) as { findings: JsonFinding[] }).findings;
    const nonstandard = findings.filter((f) => f.code === 'UNIT_NONSTANDARD');
    const spellings = new Set(nonstandard.map((f) => f.message)).size;
    const headers = findings.filter((f) => f.code === 'HEADER_REPEATED');
    const firstHeader = headers[0] as JsonFinding;

    const zh = captureIo();
    await run([SAMPLE_WORKBOOK_PATH], zh);
    const zhLines = zh.out().trimEnd().split('\n');
    const at = zhLines.indexOf(`警告 · 单位写法不规范 · ${spellings} 种写法 · ${nonstandard.length} 处  (UNIT_NONSTANDARD)`);
    expect(at).toBeGreaterThan(0);
    const first = nonstandard[0] as JsonFinding;
    const sameAsFirst = nonstandard.filter((f) => f.message === first.message);
    expect(zhLines[at + 1]).toBe(`  ${first.column}${first.row} 等 ${sameAsFirst.length} 处  ${first.message}  建议：${first.suggestion}`);
    expect(zhLines[at + 4]).toBe(`  ……另有 ${spellings - 3} 条`);
    expect(zhLines.slice(-2)).toEqual([`提示 · 重复的表头行 · ${headers.length} 处  (HEADER_REPEATED)`, `  第${firstHeader.row}行 等 ${headers.length} 处  此行重复表头（分页处粘贴所致），已跳过。`]);
    const duplicate = findings.find((f) => f.code === 'UNIT_DUPLICATE') as JsonFinding;
    expect(zhLines).toContain(`  C${duplicate.row}  “福清市政府”在同一任务中出现3次。  建议：删除重复的单位。`);

    const en = captureIo();
    await run([SAMPLE_WORKBOOK_PATH, '--lang', 'en-US'], en);
    const enLines = en.out().trimEnd().split('\n');
    expect(enLines).toContain(`Warning · Nonstandard unit names · ${spellings} spellings · ${nonstandard.length} places  (UNIT_NONSTANDARD)`);
    expect(enLines).toContain(`  ${first.column}${first.row} and ${sameAsFirst.length - 1} more  "马尾区区委" is not the standard name; write "马尾区党工委".  suggestion: 马尾区党工委`);
    expect(enLines).toContain('Warning · Units listed twice · 1 place  (UNIT_DUPLICATE)');
    expect(enLines.at(-1)).toMatch(new RegExp(`^ {2}row ${firstHeader.row} and ${headers.length - 1} more {2}`));
  });

  it('says why no task states are given when the table has no deadline column, and separates thousands', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('分工方案');
    sheet.addRow(['序号', '工作任务', '牵头单位']);
    for (let i = 1; i <= 1200; i += 1) sheet.addRow([i, `组织第${i}批消费帮扶对接活动`, '马尾区区委']);
    const file = await writeWorkbookFile(workbook, makeTempDir(), 'no-deadline.xlsx');
    const zh = captureIo();
    expect(await run([file, '--as-of', '2023-11-20'], zh)).toBe(0);
    const lines = zh.out().split('\n');
    expect(lines[0]).toMatch(/任务 1,200 项$/);
    expect(lines[2]).toBe('任务状态：表中没有完成时限列，无法判断。');
    expect(lines).toContain('警告 · 单位写法不规范 · 1,200 处  (UNIT_NONSTANDARD)');
    const en = captureIo();
    await run([file, '--as-of', '2023-11-20', '--lang', 'en-US'], en);
    expect(en.out().split('\n')[2]).toBe('Task states: none, the table has no deadline column.');
  });

  it('counts tasks, not rows, in the task states, and says so when there are no findings', async () => {
    // Jingzhou's rectification list: 18 rows of 4 problems, none with findings.
    const file = tablePath('jingzhou-2019-chuangwen-zhenggai', 'xlsx');
    const zh = captureIo();
    expect(await run([file, '--as-of', '2023-11-20'], zh)).toBe(0);
    // Its title names no year: the plan year is the as-of date's, and the heading says where it came from.
    expect(zh.out().split('\n').slice(0, 4)).toEqual(['工作表“问题清单”（计划年度 2023（表中未写年度，按截至日期），截至 2023-11-20），任务 4 项', '问题：无', '任务状态：未知 4', '未发现问题。']);
    const en = captureIo();
    await run([file, '--as-of', '2023-11-20', '--lang', 'en-US'], en);
    expect(en.out().split('\n').slice(0, 3)).toEqual(['Sheet "问题清单" (plan year 2023 (the table names no year: the as-of year), as of 2023-11-20), 4 tasks', 'Findings: none', 'Task states: Unknown 4']);
  });

  it('says a plan year judged by today is over, and explains every red light, but not when --as-of was chosen', async () => {
    // Chongchuan's 2023 progress table has no deadline column: its tasks are judged by the plan year's end.
    const file = tablePath('chongchuan-2023-minsheng-jindu', 'xlsx');
    const today = captureIo({ now: new Date(2024, 0, 15, 9, 0) });
    expect(await run([file], today)).toBe(0);
    const lines = today.out().trimEnd().split('\n');
    expect(lines.slice(3, 7)).toEqual([
      '亮灯：红 3',
      '计划年度 2023 已结束：按今天判断，3 项逾期或亮红灯。要按年底判断，请加 --as-of 2023-12-31。',
      '问题清单（按类别，错误在前）：',
      '错误 · 年度已过未完成 · 3 处  (PROGRESS_PAST_YEAR_END)',
    ]);
    expect(lines[7]).toContain('按计划年度年底（2023-12-31）判断已过15天');
    const en = captureIo({ now: new Date(2024, 0, 15, 9, 0) });
    await run([file, '--lang', 'en-US'], en);
    expect(en.out()).toContain("Plan year 2023 is over: judged by today, 3 overdue or red. To judge by the year's end, add --as-of 2023-12-31.");
    const chosen = captureIo({ now: new Date(2024, 0, 15, 9, 0) });
    await run([file, '--as-of', '2024-01-15'], chosen);
    expect(chosen.out()).not.toContain('已结束');
    expect(chosen.out()).toContain('PROGRESS_PAST_YEAR_END');
  });

  it('speaks English on request or when LANG is English', async () => {
    const byOption = captureIo();
    await run([SAMPLE_WORKBOOK_PATH, '--lang', 'en-US', '--as-of', '2023-11-20'], byOption);
    expect(byOption.out().split('\n')[0]).toBe('Sheet "分工方案" (plan year 2023, as of 2023-11-20), 29 tasks');
    const byEnv = captureIo({ env: { LANG: 'en_US.UTF-8' } });
    expect(await run(['missing.xlsx'], byEnv)).toBe(2);
    expect(byEnv.err()).toBe('File not found: missing.xlsx.\n');
  });

  it('shows a progress bar on a terminal for a large table, and nothing for a small one or a pipe', async () => {
    const large = await largeTable(5001);
    const terminal = captureIo({ tty: true });
    expect(await run([large, '--json'], terminal)).toBe(0);
    expect(terminal.err()).toContain('校验中 [');
    expect(terminal.err()).toContain('100%');

    const pipe = captureIo({ tty: false });
    expect(await run([large, '--json'], pipe)).toBe(0);
    expect(pipe.err()).toBe('');

    const small = captureIo({ tty: true });
    expect(await run([SAMPLE_WORKBOOK_PATH, '--json'], small)).toBe(0);
    expect(small.err()).toBe('');
  });

  it('names the input file in its error line whatever the order of the arguments', async () => {
    const io = captureIo();
    expect(await run(['--sheet', '附件', 'missing.xlsx'], io)).toBe(2);
    expect(io.err()).toBe('找不到文件missing.xlsx。\n');
    expect(io.out()).toBe('');
  });

  it('prints help with exit 0', async () => {
    const io = captureIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out()).toContain('task-check clear <工作簿.xlsx> --out <输出.xlsx>');
  });

  it('names the file in the output line after writing it', async () => {
    const out = path.join(makeTempDir(), 'checked.xlsx');
    const io = captureIo();
    expect(await run([SAMPLE_WORKBOOK_PATH, '--out', out], io)).toBe(0);
    expect(io.out().trimEnd().split('\n').pop()).toBe(`已另存校验结果：${out}`);
    expect(fs.existsSync(out)).toBe(true);
  });
});
