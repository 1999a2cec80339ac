// The 类别 values the engine gives a meaning to. A registry may use others; they are then plain labels.

export const DISTRICT_CATEGORY = '区县';
export const COLLECTIVE_CATEGORY = '统称';
export const KNOWN_CATEGORIES: readonly string[] = [DISTRICT_CATEGORY, '市直部门', '群团', '媒体', '工作组', COLLECTIVE_CATEGORY];
/** Towns and streets, known from their form (东孝街道, 孝顺镇). */
export const TOWN_CATEGORY = '乡镇（街道）';
/** Departments no registry lists, known from their form (区教体局, 教育局). */
export const FORM_CATEGORY = '部门';
