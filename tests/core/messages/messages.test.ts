import type { FindingFactsByCode } from '../../../src/core/findings/findingFacts';
import { FINDING_SEVERITY } from '../../../src/core/findings/severities';
import { HostError, type HostErrorCode } from '../../../src/core/host';
import { formatAmountEn, formatAmountZh } from '../../../src/core/messages/formatAmount';
import { hostErrorMessage, MESSAGES } from '../../../src/core/messages/messagesFor';
import { isGeneratedSheetName } from '../../../src/core/messages/sheetNames';
import type { FindingCode, Lang } from '../../../src/core/model';

/** One set of facts per code, as the checks produce them for the seed table. */
const FACTS: { [C in FindingCode]: FindingFactsByCode[C] } = {
  TABLE_NOT_FOUND: { sheet: '分工方案', searchedRows: 30, seen: ['序号', '牵头单位', '完成时限'], missing: ['task'] },
  HEADER_REPEATED: {},
  REGISTRY_NOT_COVERING: { unknown: 5, total: 6, examples: ['厦门市发改委', '思明区政府'] },
  REGISTRY_SHEET_PROBLEM: { sheetRow: 7, problem: '“市大数据局”没有类别。' },
  TASK_NO_DUPLICATE: { no: '1', firstRow: 4 },
  TASK_NO_MISSING: {},
  TASK_TEXT_EMPTY: {},
  LEAD_MISSING: { wholeTable: false },
  UNIT_UNKNOWN: { written: '市工党工委', closest: '市工商联' },
  UNIT_NONSTANDARD: { written: '闽侯区委', standardForm: '闽侯县委' },
  UNIT_DUPLICATE: { written: '福清市政府', count: 3 },
  UNIT_LEAD_AND_SUPPORT: { unit: '前方工作组' },
  DISTRICT_OMITTED: { district: '台江区', named: 8, total: 9 },
  QUOTA_UNIT_NOT_RESPONSIBLE: { unit: '台江区', amount: 8e7, measure: '元' },
  QUOTA_SUM_MISMATCH: { sum: 7e8, total: 7.5e8, measure: '元' },
  QUOTA_SHARE_MISSING: { unit: '福清市', peers: 2 },
  DEADLINE_MISSING: {},
  DEADLINE_UNPARSED: { text: '尽快' },
  DEADLINE_OVERDUE: { text: '10月底前', due: '2023-10-31', days: 20 },
  DEADLINE_DUE_SOON: { text: '11月底前', due: '2023-11-30', days: 10 },
  CELL_ERROR_VALUE: { error: '#N/A' },
  LEAD_FROM_UNITS: { count: 2, rows: [5, 9] },
  PROGRESS_BEHIND: { percent: 60, expected: 91.7, stated: false, unit: '市城管局' },
  PROGRESS_RATE_MISMATCH: { stated: 95, computed: 187.9, target: 27800, actual: 52242, measure: '人', unit: '东坡区' },
  PROGRESS_NOT_REPORTED: { unit: '市人社局', returned: false, period: '2023-11' },
  PROGRESS_TARGET_MISSED: { unit: '彭山区', target: 3800, actual: 3700, measure: '人', due: '2019-12-31', lowerIsBetter: false },
  PROGRESS_TARGET_EXCEEDED: { unit: '东坡区', target: 8000, actual: 22921, measure: '' },
  PROGRESS_CONFLICT: { doneBy: '马尾区', laggingBy: '鼓楼区' },
  PROGRESS_PAST_YEAR_END: { due: '2023-12-31', days: 1067 },
  RETURN_NOT_RESPONSIBLE: { unit: '市商务局', file: '2023-11 进展报送 市商务局.xlsx', returnRow: 5 },
  RETURN_TEXT_CHANGED: { unit: '市商务局', file: 'a.xlsx', returnRow: 4, written: '组织消费帮扶' },
  RETURN_ROW_UNMATCHED: { unit: '市商务局', file: 'a.xlsx', returnRow: 9, no: '31', text: '新增的一项工作' },
  RETURN_NOT_RECOGNIZED: { file: '会议通知.xlsx' },
  RETURN_OTHER_PERIOD: { file: 'a.xlsx', period: '2023-10', expected: '2023-11' },
  RETURN_DUPLICATE: { unit: '市商务局', file: 'b.xlsx', earlier: 'a.xlsx' },
  RETURN_SENDER_UNKNOWN: { file: '进展.xlsx' },
  RETURN_VALUE_UNREADABLE: { unit: '闽侯县', file: '2023-11 进展报送 闽侯县.xlsx', cell: 'J5', written: '八千万', negative: false },
};

const CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];
const LANGS = Object.keys(MESSAGES) as Lang[];

describe('finding messages', () => {
  it.each(LANGS)('%s has a sentence for every finding code, with its facts in it', (lang) => {
    const messages = MESSAGES[lang];
    for (const code of CODES) {
      const text = messages.findings[code] as unknown as { message: (f: unknown, fmt: unknown) => string };
      const message = text.message(FACTS[code], messages.formatAmount);
      expect(message.length).toBeGreaterThan(5);
      // Measures are translated (元 → yuan) and amounts appear as the language formats them; every other fact as is.
      const facts: Record<string, unknown> = FACTS[code];
      const measure = typeof facts.measure === 'string' ? facts.measure : null;
      for (const [key, value] of Object.entries(facts)) {
        if (typeof value === 'string' && key !== 'measure') expect(message).toContain(value);
        // Rates are percentages, not amounts of the measure.
        const percent = code === 'PROGRESS_RATE_MISMATCH' && (key === 'stated' || key === 'computed');
        if (typeof value === 'number') expect(message).toContain(measure === null || percent ? String(value) : messages.formatAmount(value, measure));
        // `missing` holds role keys, said in words (任务列); other lists are said item by item.
        if (Array.isArray(value) && key !== 'missing') for (const item of value) expect(message).toContain(String(item));
      }
    }
  });

  it('words a return without progress for a task in plain English', () => {
    const en = MESSAGES['en-US'].findings.PROGRESS_NOT_REPORTED;
    expect(en.message({ unit: '市人社局', returned: true, period: '2023-11' }, formatAmountEn)).toBe('"市人社局" returned the sheet for this period (2023-11) without progress for this task.');
    expect(en.message({ unit: '市人社局', returned: false, period: '2023-11' }, formatAmountEn)).toBe('"市人社局" sent no return for this period (2023-11).');
  });

  it('words the seed’s findings in plain Chinese', () => {
    const zh = MESSAGES['zh-CN'].findings;
    expect(zh.DEADLINE_OVERDUE.message(FACTS.DEADLINE_OVERDUE, formatAmountZh)).toBe('已超过完成时限“10月底前”（2023-10-31）20天，尚未完成。');
    expect(zh.UNIT_UNKNOWN.suggestion(FACTS.UNIT_UNKNOWN)).toBe('市工商联');
  });

  it('writes amounts as officials do', () => {
    expect(formatAmountZh(7.5e8, '元')).toBe('7.5亿元');
    expect(formatAmountZh(1.33e8, '元')).toBe('1.33亿元');
    expect(formatAmountZh(9e7, '元')).toBe('9000万元');
    expect(formatAmountZh(3e6, '元')).toBe('300万元');
    expect(formatAmountZh(500, '元')).toBe('500元');
    expect(formatAmountZh(12, '名')).toBe('12名');
    expect(formatAmountEn(0.1 + 0.2, '%')).toBe('0.3%');
    expect(formatAmountEn(12, '名')).toBe('12 people');
  });
});

describe('finding kinds', () => {
  it.each(LANGS)('%s names every finding code in plain words, each name once', (lang) => {
    const kinds = MESSAGES[lang].findingKinds;
    expect(Object.keys(kinds).sort()).toEqual([...CODES].sort());
    const names = CODES.map((code) => kinds[code].name);
    expect(new Set(names).size).toBe(names.length);
    // Plain words: no code, no placeholder.
    for (const name of names) expect(name).not.toMatch(/[A-Z]{2,}_|\{/);
  });

  it('says counts with thousands separators and English plurals', () => {
    const en = MESSAGES['en-US'];
    expect(en.findings.DEADLINE_OVERDUE.message({ text: '10月底前', due: '2023-10-31', days: 1 }, formatAmountEn)).toBe('1 day past the deadline "10月底前" (2023-10-31) and not done.');
    expect(en.findings.DEADLINE_DUE_SOON.message({ text: '11月底前', due: '2023-11-30', days: 2 }, formatAmountEn)).toBe('Due in 2 days: "11月底前" (2023-11-30).');
    expect(en.findings.QUOTA_SHARE_MISSING.message({ unit: '福清市', peers: 1 }, formatAmountEn)).toBe('1 other district of this task has a share; "福清市" has none.');
    expect(en.rowsOmitted(1)).toBe("… 1 more row passes Excel's row limit and is not listed.");
    expect(en.rowsOmitted(12000)).toBe("… 12,000 more rows pass Excel's row limit and are not listed.");
    expect(MESSAGES['zh-CN'].rowsOmitted(12000)).toBe('……另有 12,000 行超出 Excel 的行数上限，未列出。');
    expect(en.places(1)).toBe('1 place');
    expect(MESSAGES['zh-CN'].places(48633)).toBe('48,633 处');
  });

  it('uses one word for each setting', () => {
    expect(MESSAGES['zh-CN'].terms).toMatchObject({ planYear: '计划年度', asOf: '截至日期', taskState: '任务状态' });
    expect(MESSAGES['zh-CN'].unitTaskHeaders.state).toBe(MESSAGES['zh-CN'].terms.taskState);
    expect(MESSAGES['en-US'].unitTaskHeaders.state).toBe(MESSAGES['en-US'].terms.taskState);
    expect(MESSAGES['zh-CN'].terms.asOfDate('2023-11-20')).toBe('截至 2023-11-20');
  });
});

describe('host error messages', () => {
  const CODES_OF_HOST: HostErrorCode[] = [
    'FILE_NOT_FOUND', 'FILE_EMPTY', 'NOT_A_WORKBOOK', 'WORKBOOK_ENCRYPTED', 'WORKBOOK_CORRUPT', 'SHEET_NOT_FOUND', 'NO_TASK_TABLE',
    'SHEET_PROTECTED', 'RANGE_TOO_LARGE', 'CELL_EDIT_MODE', 'CONNECTION_LOST', 'OUTPUT_IS_INPUT', 'OUTPUT_NOT_WRITABLE', 'BAD_OPTION', 'UNEXPECTED',
    'EXCEL_BUSY', 'OUT_OF_MEMORY', 'SESSION_EXPIRED', 'DIALOG_OPEN', 'COMMAND_TOO_SLOW', 'WORKBOOK_TOO_LARGE',
  ];

  it.each(LANGS)('%s has one sentence for every host error', (lang) => {
    expect(Object.keys(MESSAGES[lang].hostErrors).sort()).toEqual([...CODES_OF_HOST].sort());
    for (const code of CODES_OF_HOST) expect(hostErrorMessage(new HostError(code, { sheet: 'S', path: 'p.xlsx', detail: 'd' }), lang)).toMatch(/[。.]$/);
  });

  it('says where: the path, the sheet, the option', () => {
    expect(hostErrorMessage(new HostError('FILE_NOT_FOUND', { path: 'seeds/missing.xlsx' }))).toBe('找不到文件seeds/missing.xlsx。');
    expect(hostErrorMessage(new HostError('SHEET_NOT_FOUND', { sheet: '分工方案' }))).toBe('工作簿中没有名为“分工方案”的工作表。');
    expect(hostErrorMessage(new HostError('SHEET_PROTECTED', { sheet: '分工方案' }))).toBe('工作表“分工方案”受保护，无法写入，请先撤销工作表保护。');
    expect(hostErrorMessage(new HostError('BAD_OPTION', { detail: '--as-of 2023/11/20' }), 'en-US')).toBe('Invalid option (--as-of 2023/11/20).');
    expect(hostErrorMessage(new HostError('WORKBOOK_TOO_LARGE', { path: 'bomb.xlsx', detail: 'xl/worksheets/sheet1.xml > 512 MB' }))).toBe(
      '工作簿bomb.xlsx解压后过大（xl/worksheets/sheet1.xml > 512 MB），可能已损坏，无法读取。',
    );
  });

  it('says which header cells were seen and which roles are missing when no table is found, in one line', () => {
    const header = { seen: ['序号', '牵头 单位', '完成时限'], missing: ['task' as const] };
    expect(hostErrorMessage(new HostError('NO_TASK_TABLE', { sheet: '分工方案', header }))).toBe('工作表“分工方案”中未找到任务表：看到的表头：序号、牵头单位、完成时限；缺少任务列（如“工作任务”）。');
    expect(hostErrorMessage(new HostError('NO_TASK_TABLE', { sheet: 'S', header }), 'en-US')).toBe(
      'No task table found on sheet "S": header cells seen: 序号, 牵头单位, 完成时限; missing a task column (工作任务 …).',
    );
  });
});

describe('generated sheet names', () => {
  it('recognises the tool’s sheet names in both languages, also made unique', () => {
    expect(['校验结果', '区县汇总表 (2)', 'Unit tasks', 'Findings (3)'].every(isGeneratedSheetName)).toBe(true);
    expect(['分工方案', '校验结果汇总', 'Sheet1'].some(isGeneratedSheetName)).toBe(false);
  });
});
