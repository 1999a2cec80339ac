import * as ExcelJS from 'exceljs';
import { hostErrorMessage, OWNED_SHEET_NAMES, REGISTRY_SHEET_NAME, type HostError } from '../../src/core';
import { checkAndSummarizeWorkbook, checkWorkbook, checkWorkbookTable, clearWorkbook } from '../../src/xlsx/checkWorkbook';
import { SAMPLE_SHEET, sampleRows } from '../../seeds/build-sample';
import { dressedSampleWorkbook, samplePlanText } from '../fixtures/workbooks/dressedSample';
import { partsOf } from '../fixtures/workbooks/packageParts';
import { conditionalFormats, isToolRuleBlock, ownedSheetNames, readWorkbookBytes, workbookBytes, workbookState } from '../fixtures/workbooks/workbookFiles';

const OPTIONS = { asOf: '2023-11-20', lang: 'zh-CN' } as const;

function ownedRuleCount(workbook: Awaited<ReturnType<typeof readWorkbookBytes>>): number {
  return conditionalFormats(workbook.getWorksheet(SAMPLE_SHEET)!).filter(isToolRuleBlock).length;
}

describe('checkWorkbook (shared by the CLI and file mode)', () => {
  it('finds the task sheet by itself and writes only the parts asked for', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const validated = await checkWorkbook(input, { ...OPTIONS, parts: ['highlights', 'findings'] });
    expect(validated.result.sheet).toBe(SAMPLE_SHEET);
    expect(validated.result.tasks).toHaveLength(29);
    const afterValidate = await readWorkbookBytes(validated.output);
    expect(Object.keys(ownedSheetNames(afterValidate))).toEqual(['findings']);
    expect(ownedRuleCount(afterValidate)).toBe(2);

    // A later summary run keeps the highlights and the findings sheet of the earlier validation.
    const summarized = await checkWorkbook(validated.output, { ...OPTIONS, parts: ['summaries'] });
    const afterSummary = await readWorkbookBytes(summarized.output);
    expect(Object.keys(ownedSheetNames(afterSummary)).sort()).toEqual(['districts', 'findings', 'unitTasks']);
    expect(ownedRuleCount(afterSummary)).toBe(2);
  });

  it('checks without building a copy when only the findings are wanted, with the same result', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const { result } = await checkWorkbookTable(input, OPTIONS);
    const full = await checkWorkbook(input, { ...OPTIONS, parts: ['highlights', 'findings', 'summaries'] });
    expect(result).toEqual(full.result);
  });

  it('hands the result to the caller before the copy is written, and writes the same copy', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const options = { ...OPTIONS, parts: ['highlights', 'findings', 'summaries'] as const, madeAt: '2023-11-20 09:00' };
    const full = await checkWorkbook(input, { ...options, parts: [...options.parts] });
    const seen: number[] = [];
    const summarized = await checkAndSummarizeWorkbook(input, { ...options, parts: [...options.parts] }, (result) => {
      seen.push(result.tasks.length);
      return `${result.sheet}: ${result.findings.length}`;
    });
    expect(seen).toEqual([29]);
    expect(summarized.summary).toBe(`${SAMPLE_SHEET}: ${full.result.findings.length}`);
    expect(summarized.output).toEqual(full.output);
    expect(summarized.macroEnabled).toBe(false);
  });

  it('gives back the input itself when asked to write nothing', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    expect(Buffer.from((await checkWorkbook(input, { ...OPTIONS, parts: [] })).output).equals(Buffer.from(input))).toBe(true);
  });

  it('gives the same bytes on a rerun of its own output, and clear gives back every part of the input', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const all = { ...OPTIONS, parts: ['highlights', 'findings', 'summaries'] as const };
    const once = (await checkWorkbook(input, all)).output;
    const twice = (await checkWorkbook(once, all)).output;
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
    const before = partsOf(input);
    const cleared = partsOf(await clearWorkbook(twice));
    expect(Object.keys(cleared)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect({ name, same: Buffer.from(cleared[name]!).equals(Buffer.from(before[name]!)) }).toEqual({ name, same: true });
  });

  it('passes plan year, due-soon days and progress through to the engine', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    const seen: number[] = [];
    const { result } = await checkWorkbook(input, {
      ...OPTIONS,
      year: 2024,
      dueSoonDays: 0,
      parts: [],
      onProgress: (p, rows) => seen.push(rows),
    });
    expect(result.planYear).toBe(2024);
    expect(result.tasks.filter((t) => t.state === 'dueSoon')).toHaveLength(0);
    expect(new Set(seen)).toEqual(new Set([40]));
  });

  it('passes over a notes sheet before the table, and checks a named sheet after the first table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '本工作簿汇总各县（市）区上报材料';
    workbook.addWorksheet('附件一').addRows(sampleRows(samplePlanText()));
    workbook.addWorksheet('附件二').addRows(sampleRows(samplePlanText()));
    const input = await workbookBytes(workbook);
    expect((await checkWorkbook(input, { ...OPTIONS, parts: [] })).result.sheet).toBe('附件一');
    const second = (await checkWorkbook(input, { ...OPTIONS, sheet: '附件二', parts: [] })).result;
    expect(second).toMatchObject({ sheet: '附件二', headerRow: 3 });
    expect(second.tasks).toHaveLength(29);
  });

  it('reads the workbook 单位名录 sheet as the unit registry, not as a task table', async () => {
    const workbook = dressedSampleWorkbook();
    workbook.getWorksheet(SAMPLE_SHEET)!.getCell('C27').value = '数据专员';
    const unknownBefore = (await checkWorkbook(await workbookBytes(workbook), { ...OPTIONS, parts: [] })).result.findings.filter(
      (f) => f.row === 27 && f.code === 'UNIT_UNKNOWN',
    );
    expect(unknownBefore).toHaveLength(1);

    const registry = workbook.addWorksheet(REGISTRY_SHEET_NAME);
    registry.addRow(['标准名称', '类别', '别名', '备注']);
    registry.addRow(['数据专员', '市直部门', '', '2023年新设']);
    const { result } = await checkWorkbook(await workbookBytes(workbook), { ...OPTIONS, parts: [] });
    expect(result.sheet).toBe(SAMPLE_SHEET);
    expect(result.findings.filter((f) => f.row === 27 && f.code === 'UNIT_UNKNOWN')).toEqual([]);
  });

  it('says SHEET_NOT_FOUND for an unknown sheet and NO_TASK_TABLE for a sheet without a table or of its own', async () => {
    const input = await workbookBytes(dressedSampleWorkbook());
    await expect(checkWorkbook(input, { ...OPTIONS, sheet: '附件二', parts: [] })).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND', where: { sheet: '附件二' } });
    await expect(checkWorkbook(input, { ...OPTIONS, sheet: '统计', parts: [] })).rejects.toMatchObject({ code: 'NO_TASK_TABLE', where: { sheet: '统计' } });
    await expect(checkWorkbook(new Uint8Array(0), { ...OPTIONS, parts: [] })).rejects.toMatchObject({ name: 'HostError', code: 'FILE_EMPTY' });
    const checked = (await checkWorkbook(input, { ...OPTIONS, parts: ['findings'] })).output;
    const findingsName = ownedSheetNames(await readWorkbookBytes(checked)).findings!;
    await expect(checkWorkbook(checked, { ...OPTIONS, sheet: findingsName, parts: [] })).rejects.toMatchObject({ code: 'NO_TASK_TABLE' });
  });

  it('names the sheet that came closest, its header cells and the roles missing, when no sheet holds a table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').addRow(['2023年重点工作任务分工方案']);
    const stats = workbook.addWorksheet('统计');
    stats.addRow(['序号', '牵头单位', '完成时限']);
    stats.addRow([1, '市商务局', '6月底前']);
    workbook.addWorksheet('附件').addRow(['序号', '备注']);
    const error = await checkWorkbook(await workbookBytes(workbook), { ...OPTIONS, parts: [] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NO_TASK_TABLE', where: { sheet: '统计', sheetsSearched: 3, header: { seen: ['序号', '牵头单位', '完成时限'], missing: ['task'] } } });
    expect(hostErrorMessage(error as HostError)).toBe(
      '工作簿的3张工作表中都未找到任务表，最接近的是工作表“统计”：看到的表头：序号、牵头单位、完成时限；缺少任务列（如“工作任务”）。',
    );
    expect(hostErrorMessage(error as HostError, 'en-US')).toBe(
      'No task table found on any of the workbook\'s 3 sheets; the closest is sheet "统计": header cells seen: 序号, 牵头单位, 完成时限; missing a task column (工作任务 …).',
    );
  });

  it('does not check its own sheets as task tables, and clearWorkbook removes them again', async () => {
    const original = await workbookBytes(dressedSampleWorkbook());
    const once = await checkWorkbook(original, { ...OPTIONS, parts: ['highlights', 'findings', 'summaries'] });
    const twice = await checkWorkbook(once.output, { ...OPTIONS, parts: ['highlights', 'findings', 'summaries'] });
    expect(twice.result.sheet).toBe(SAMPLE_SHEET);
    const cleared = await readWorkbookBytes(await clearWorkbook(twice.output));
    expect(workbookState(cleared)).toEqual(workbookState(await readWorkbookBytes(original)));
    expect(cleared.definedNames.model.some((n) => Object.values(OWNED_SHEET_NAMES).includes(n.name))).toBe(false);
  });
});

describe('the marks sheet Excel at ExcelApi 1.7 leaves (its highlights of scattered cells look rows up there)', () => {
  // Stands for a workbook checked in Office 2019: a hidden 校验标记 sheet of ROW() marks, found by its defined name.
  async function checkedInExcel17(): Promise<Uint8Array> {
    const workbook = dressedSampleWorkbook();
    const marks = workbook.addWorksheet('校验标记', { state: 'hidden' });
    marks.getCell('A1').value = { formula: `ROW('${SAMPLE_SHEET}'!E6)`, result: 6 };
    workbook.definedNames.add("'校验标记'!$A$1:$A$1", 'TaskCheck.Marks');
    return workbookBytes(workbook);
  }

  it('is no task table, and goes when the highlights are rewritten, with its name', async () => {
    const checked = await checkWorkbook(await checkedInExcel17(), { ...OPTIONS, parts: ['highlights', 'findings'] });
    expect(checked.result.sheet).toBe(SAMPLE_SHEET);
    const after = await readWorkbookBytes(checked.output);
    const userSheets = (await readWorkbookBytes(await workbookBytes(dressedSampleWorkbook()))).worksheets.map((s) => s.name);
    expect(after.worksheets.map((s) => s.name)).toEqual([...userSheets, '校验结果']);
    expect(after.definedNames.model.map((n) => n.name)).not.toContain('TaskCheck.Marks');
    expect(Object.keys(partsOf(checked.output)).filter((p) => p.startsWith('xl/worksheets/sheet'))).toHaveLength(userSheets.length + 1);
  });

  it('goes on clear, and stays when only the summaries are written', async () => {
    const input = await checkedInExcel17();
    const cleared = await readWorkbookBytes(await clearWorkbook(input));
    expect(cleared.worksheets.map((s) => s.name)).not.toContain('校验标记');
    expect(cleared.worksheets.map((s) => s.name)).toContain(SAMPLE_SHEET);
    expect(cleared.definedNames.model.map((n) => n.name)).not.toContain('TaskCheck.Marks');
    const summarized = await readWorkbookBytes((await checkWorkbook(input, { ...OPTIONS, parts: ['summaries'] })).output);
    expect(summarized.worksheets.map((s) => s.name)).toContain('校验标记');
  });
});
