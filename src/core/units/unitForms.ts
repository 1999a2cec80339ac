// Units known by their form, wherever in China a table comes from: the way offices name departments and towns,
// from the word lists of src/core/data/unit-cell-words.json.
//  - A department: an optional level word (省 市 区 县 镇 乡 街道), then a name ending in a department word (局, 委, 办,
//    中心, 公司, 开发区, ...): 区教体局, 市科技馆, 县海洋与渔业局, 教育局, 晋陵公司, 经开区. 团区委 is the youth league of
//    the level. A level alone with a governing organ (市委, 区政府) is that level's own organ.
//    A word of China's department list (data/department-names.json) is one whatever it ends in: 县人大, 县政协.
//  - A town or street: a name ending in 街道, 镇, 乡 or 苏木, alone or with its organ (东孝街道, 孝顺镇党委).
// A name ending in a governing organ (党委, 党工委, 政府) is a place's organ and needs a place before it: 市工党工委 and
// 马尾去党工委 fit no form.
import departmentNames from '../data/department-names.json';
import placeWords from '../data/place-words.json';
import words from '../data/unit-cell-words.json';
import { wordAlternation } from '../deadlines/wordAlternation';

const byLength = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);

const LEVEL_WORDS: readonly string[] = byLength(words.levelWords);
const DEPARTMENT_ENDINGS: readonly string[] = byLength(words.departmentEndings);
const CARRIED_ENDINGS: readonly string[] = byLength(words.carriedEndings);
const ENDING_LEVELS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(words.endingLevels).filter(([ending]) => ending !== '//') as [string, string[]][]);
const GOVERNING: readonly string[] = byLength([words.partyOrgans.generic, words.partyOrgans.working, ...words.governmentOrgans]);
const LEVELLED_PARTY = words.partyOrgans.levelled;
const TOWN_ENDINGS: readonly string[] = byLength(placeWords.townEndings);
const TOWN_ORGANS: readonly string[] = byLength(words.townOrgans);
const LEAGUE = new RegExp(`^${words.youthLeague.before}(${wordAlternation(LEVEL_WORDS)})${words.youthLeague.after}$`);
/** The standard names of China's city, district and county departments and bodies, in full and short forms. */
export const DEPARTMENT_WORDS: readonly string[] = departmentNames.departments.flatMap((names) => names);
/** One of them, with or without a level, is a department whatever it ends in: 县人大, 县政协, 县科协. */
const LISTED_DEPARTMENTS: ReadonlySet<string> = new Set(DEPARTMENT_WORDS);

/** The text is one of China's department words as listed, without a level (公安分局, 政协办). */
export function isDepartmentWord(text: string): boolean {
  return LISTED_DEPARTMENTS.has(text);
}
/** An ending this long names an institution by itself (经开区, 管委会, 办公室); shorter ones need a name before them. */
const STANDALONE_ENDING = 3;
/** A town's own name, before 镇/乡/街道: 邹区, 南大街, 荷花池. */
const TOWN_NAME = { min: 2, max: 7 };

export interface DepartmentForm {
  /** The level word it starts with (市 of 市住建局), or null for a name written without one (教育局). */
  readonly level: string | null;
  /** The department word it ends in (局 of 市住建局). */
  readonly ending: string;
}

/** Words that start with a level character without being one: 市政局 is the bureau of 市政, not 市 + 政局. */
const NOT_LEVEL_PREFIXES: readonly string[] = words.notLevelPrefixes;

/** The level word a unit's name starts with (市 of 市住建局, 区 of 区委), or null. */
export function levelWordAt(text: string): string | null {
  return LEVEL_WORDS.find((w) => text.startsWith(w) && text.length > w.length) ?? null;
}

function levelOfDepartment(text: string): string | null {
  const level = levelWordAt(text);
  return level !== null && !NOT_LEVEL_PREFIXES.some((w) => text.startsWith(w)) ? level : null;
}

function endingOf(text: string, endings: readonly string[]): string | null {
  return endings.find((e) => text.endsWith(e) && (text.length > e.length || e.length >= STANDALONE_ENDING)) ?? null;
}

/** A unit's name starts with a Chinese character or a digit, never with = + - @ (text a spreadsheet takes for a formula). */
const NAME_START = /^[\u4e00-\u9fff0-9]/;

/** The department form of a text, or null; see the top of this module. */
export function departmentForm(text: string): DepartmentForm | null {
  if (!NAME_START.test(text)) return null;
  const league = LEAGUE.exec(text);
  if (league) return { level: league[1] as string, ending: words.youthLeague.after };
  const level = levelWordAt(text);
  const rest = level === null ? text : text.slice(level.length);
  if (level !== null && (rest === LEVELLED_PARTY || GOVERNING.includes(rest))) return { level, ending: rest };
  if (GOVERNING.some((g) => rest.endsWith(g))) return null;
  const ending = endingOf(rest, DEPARTMENT_ENDINGS) ?? (isDepartmentWord(rest) ? rest : null);
  if (ending === null) return null;
  const levels = ENDING_LEVELS.get(ending);
  if (levels !== undefined && (level === null || !levels.includes(level))) return null;
  return { level: levelOfDepartment(text), ending };
}

/** A department written without a level that takes the level written before it: 市住建局、城管局 → 市城管局. */
export function takesLevelBefore(text: string): boolean {
  const form = departmentForm(text);
  return form !== null && form.level === null && levelWordAt(text) === null && carriesLevel(text);
}

/** A government department's name (局, 委, 办, 中心 …), which a level goes with; companies and zones take none. */
export function carriesLevel(name: string): boolean {
  return endingOf(name, CARRIED_ENDINGS) !== null;
}

export interface TownForm {
  /** The town or street: 孝顺镇, 东孝街道. */
  readonly town: string;
  /** Its organ written after it (党委, 政府, 办事处), '' for the town itself. */
  readonly organ: string;
}

/** A town or street, alone or with its organ; names that start with a level word (市城乡建设局) are none. */
export function townForm(text: string): TownForm | null {
  if (levelWordAt(text) !== null) return null;
  const organ = TOWN_ORGANS.find((o) => text.endsWith(o) && text.length > o.length) ?? '';
  const town = text.slice(0, text.length - organ.length);
  const ending = TOWN_ENDINGS.find((e) => town.endsWith(e));
  if (ending === undefined) return null;
  const name = town.length - ending.length;
  return name >= TOWN_NAME.min && name <= TOWN_NAME.max ? { town, organ } : null;
}
