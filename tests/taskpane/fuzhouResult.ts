// A CheckResult as the engine reports the seed table (seeds/fuzhou-2023.xlsx, sheet 分工方案, header on row 3,
// columns A 序号, B 工作任务, C 牵头单位, D 配合单位, E 完成时限) judged on 2023-11-20: a handful of its real rows and
// the findings they draw, enough for the pane to group, count and link.
import type { CheckResult, Deadline, Finding, Task, TaskState } from '../../src/core/model';

const deadline = (text: string, due: string | null, kind: Deadline['kind'] = 'date'): Deadline => ({ text, due, kind });

function task(row: number, no: string, text: string, lead: string[], support: string[], dl: Deadline, state: TaskState): Task {
  return { row, no, text, lead, support, deadline: dl, state, status: '', quotas: [], quotaTotal: null };
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'message'>): Finding {
  return { row: null, column: null, taskNo: null, unit: null, suggestion: null, ...partial };
}

export const FUZHOU_TASKS: readonly Task[] = [
  task(4, '1', '参加闽宁协作第27次联席会议，市委市政府领导赴宁夏调研对接', ['市委办公厅', '市政府办公厅'], ['市乡村振兴局'], deadline('全年', '2023-12-31'), 'onTrack'),
  task(5, '2', '各牵头县（市、区）召开闽宁协作工作推进会和专题会议，研究闽宁协作具体事项。', ['马尾区', '闽侯县', '福清市'], ['鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县'], deadline('全年', '2023-12-31'), 'onTrack'),
  task(6, '3', '承担对口协作任务的牵头县（市、区）党委或政府主要负责同志赴宁夏结对县（区）开展工作对接', ['马尾区', '闽侯县', '福清市'], ['鼓楼区', '晋安区', '仓山区', '台江区', '长乐区', '连江县'], deadline('7月底前', '2023-07-31'), 'overdue'),
  task(13, '8', '推动消费帮扶，拓宽销售渠道', ['马尾区', '闽侯县', '福清市'], ['鼓楼区', '晋安区', '仓山区', '长乐区', '连江县'], deadline('11月底前', '2023-11-30'), 'dueSoon'),
  task(21, '14', '推动两地开发区资源优化配置和产业互动发展', ['市商务局', '福清市'], ['前方工作组'], deadline('持续推进', null, 'ongoing'), 'ongoing'),
];

export const FUZHOU_FINDINGS: readonly Finding[] = [
  finding({ code: 'UNIT_NONSTANDARD', severity: 'warning', row: 5, column: 'C', taskNo: '2', unit: '闽侯县', message: '“闽侯区委”写法不规范，应为“闽侯县委”（闽侯是县）。', suggestion: '闽侯县委' }),
  finding({ code: 'UNIT_NONSTANDARD', severity: 'warning', row: 5, column: 'D', taskNo: '2', unit: '连江县', message: '“连江县区委”写法不规范，应为“连江县委”。', suggestion: '连江县委' }),
  finding({ code: 'DEADLINE_OVERDUE', severity: 'error', row: 6, column: 'E', taskNo: '3', message: '完成时限“7月底前”（2023-07-31）已过，逾期 112 天。' }),
  finding({ code: 'HEADER_REPEATED', severity: 'info', row: null, message: '表头在第 11、19、28、35 行重复出现，已跳过。' }),
  finding({ code: 'DEADLINE_DUE_SOON', severity: 'warning', row: 13, column: 'E', taskNo: '8', message: '完成时限“11月底前”（2023-11-30）还剩 10 天。' }),
];

export function fuzhouResult(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    sheet: '分工方案',
    headerRow: 3,
    columns: { no: 'A', task: 'B', lead: 'C', support: 'D', units: null, deadline: 'E', status: null },
    planYear: 2023,
    asOf: '2023-11-20',
    lang: 'zh-CN',
    tasks: FUZHOU_TASKS,
    findings: FUZHOU_FINDINGS,
    districts: [],
    units: [],
    ...overrides,
  };
}
