// The places a table's summary lists, following the table's level: a city table summarises its districts and counties
// (the registry's, the city's own from China's divisions, and any other the table names), a district or county table
// its towns and streets (those the table names: towns are known by their form). A level's own share beside its places
// (市本级: the city's own level) is a place of the summary too, so that its rows add up to the table's total.
import words from '../data/summary-words.json';
import type { PlacedMention } from '../findings/analyzedTask';
import type { TableLevel, UnitLexicon } from '../model';
import { countiesOfPlace } from '../places/tableLevel';
import type { UnitRegistry } from '../units/unitRegistry';

export interface SummaryPlaces {
  readonly level: TableLevel['summaryLevel'];
  /** In order: registry, then division order, then as the table first names them. */
  readonly places: readonly string[];
}

/** The known counties and towns the table names, each in the order first named, yielding after every `slice` rows. */
function* namedPlaces(mentions: readonly (readonly PlacedMention[])[], slice: number): Generator<void, Record<'county' | 'town', string[]>> {
  const found: Record<'county' | 'town', Set<string>> = { county: new Set(), town: new Set() };
  for (let i = 0; i < mentions.length; i += 1) {
    for (const { mention } of mentions[i] as readonly PlacedMention[]) {
      if (mention.status === 'known' && (mention.placeKind === 'county' || mention.placeKind === 'town')) found[mention.placeKind].add(mention.unit);
    }
    if ((i + 1) % slice === 0) yield;
  }
  return { county: [...found.county], town: [...found.town] };
}

/** The summary's places, yielding after every `slice` rows of the table's mentions read. */
export function* summaryPlacesSteps(
  level: TableLevel,
  registry: Pick<UnitRegistry, 'districts'>,
  mentions: readonly (readonly PlacedMention[])[],
  slice = Number.POSITIVE_INFINITY,
): Generator<void, SummaryPlaces> {
  const { county: counties, town: towns } = yield* namedPlaces(mentions, slice);
  // A table whose level nothing tells summarises the kind of place it names.
  const kind = level.level === null && counties.length === 0 && towns.length > 0 ? 'town' : level.summaryLevel;
  if (kind === 'town') return { level: kind, places: towns };
  return { level: kind, places: [...new Set([...registry.districts(), ...countiesOfPlace(level), ...counties])] };
}

/** A level's own share beside its places (市本级, 区本级), as the table names it. */
export function isOwnLevel(unit: string): boolean {
  return unit.length > words.ownLevelEnding.length && unit.endsWith(words.ownLevelEnding);
}

/** The registry's spellings and the summary's places: the units quotas in the task text are read for. */
export function placeLexicon(base: UnitLexicon, places: readonly string[]): UnitLexicon {
  const extra = places.filter((p) => base.standardOf(p) === null);
  if (extra.length === 0) return base;
  const own = new Set(extra);
  const names = [...base.names, ...extra].sort((a, b) => b.length - a.length);
  return { names, standardOf: (name) => base.standardOf(name) ?? (own.has(name) ? name : null) };
}
