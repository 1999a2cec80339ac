// The 类别 values the engine gives a meaning to. A registry may use others; they are then plain labels.

export const DISTRICT_CATEGORY = '区县';
export const COLLECTIVE_CATEGORY = '统称';
export const KNOWN_CATEGORIES: readonly string[] = [DISTRICT_CATEGORY, '市直部门', '群团', '媒体', '工作组', COLLECTIVE_CATEGORY];
