// Header names seen for each column role in published task tables (docs/domain.md). Data, not logic: add a name here
// when a new office's table uses one.
import type { ColumnRole } from '../model';

/** A header role: the model's column roles, plus a second text column appended to the task text. */
export type HeaderRole = ColumnRole | 'taskDetail';

export const COLUMN_SYNONYMS: Readonly<Record<HeaderRole, readonly string[]>> = {
  no: ['序号', '编号', '指标序号'],
  task: ['工作任务', '重点任务', '主要任务', '目标任务', '具体任务', '任务内容', '工作内容', '项目名称'],
  taskDetail: ['具体要求', '工作要求', '工作措施', '具体措施'],
  lead: ['牵头单位', '牵头部门', '牵头责任单位', '主要责任单位', '主责单位', '主办单位', '牵头处室'],
  support: ['配合单位', '协办单位', '参与单位', '相关单位', '协同单位', '协同责任单位', '协同配合单位', '其他责任单位', '会办处室'],
  units: ['责任单位', '责任部门', '责任科室', '承办单位'],
  deadline: ['完成时限', '时限要求', '时限', '完成时间', '完成时间节点', '时间节点', '办结时限', '整改时限', '完成期限'],
  status: ['进展情况', '完成情况', '推进情况', '推进落实情况', '落实情况', '工作进展', '任务进度'],
};

/** Columns tables carry that the check has no use for; they count as header cells but map to no role. */
export const IGNORED_HEADERS: readonly string[] = ['责任领导', '分管领导', '牵头领导', '责任人', '备注', '分值'];

/** Progress columns are often titled with their period, e.g. "1-10月推进情况". */
export const STATUS_HEADER_PATTERN = /^\d{1,2}[-—~至]\d{1,2}月.*(情况|进展)$/;
