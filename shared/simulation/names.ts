/** Names for people the simulation hires: varied, drawn with the run's seed, and unique within the run's org. */
import type { Rng } from './rng';

const FIRST = [
  'Alex',
  'Amina',
  'Bruno',
  'Chen',
  'Dana',
  'Eitan',
  'Farah',
  'Gustavo',
  'Hiro',
  'Ines',
  'Jamal',
  'Katarina',
  'Luis',
  'Maya',
  'Nikhil',
  'Oluwaseun',
  'Paula',
  'Quentin',
  'Rania',
  'Sanjay',
  'Tereza',
  'Uchenna',
  'Valeria',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Aiko',
  'Bjorn',
  'Carmen',
  'Dmitri',
  'Esther',
  'Femi',
  'Greta',
  'Hamid',
  'Isla',
];
const LAST = [
  'Abara',
  'Berg',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fernandes',
  'Goldberg',
  'Hashemi',
  'Ito',
  'Jovanovic',
  'Kowalczyk',
  'Lim',
  'Moreno',
  'Nakamura',
  'Okonkwo',
  'Petrov',
  'Quispe',
  'Rahman',
  'Silva',
  'Tanaka',
  'Usman',
  'Varga',
  'Wright',
  'Xu',
  'Yilmaz',
  'Zhou',
  'Andersen',
  'Bose',
  'Costa',
  'Diaz',
];

/** The key two names clash on: case and surrounding spaces don't tell people apart. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

const COMBINATIONS = FIRST.length * LAST.length;
/** Each plain combination's `nameKey` → its place, first name major: `first * LAST.length + last`. */
const PLAIN_AT = new Map<string, number>(FIRST.flatMap((f, i) => LAST.map((l, j): [string, number] => [nameKey(`${f} ${l}`), i * LAST.length + j])));

/**
 * The names an org has, for handing out new unique ones fast: the `nameKey`s taken, how many of the 1,080 plain
 * first-last combinations are still free, and the next number to try after each plain name once all are taken.
 */
export class NameBook {
  readonly taken: Set<string>;
  private freePlain: number;
  /** 1 where a plain combination is taken (place as in `PLAIN_AT`): looked up without building the name. */
  private readonly plainTaken = new Uint8Array(COMBINATIONS);
  private readonly nextNumber = new Map<string, number>();

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
    let plain = 0;
    for (const [key, at] of PLAIN_AT)
      if (this.taken.has(key)) {
        this.plainTaken[at] = 1;
        plain++;
      }
    this.freePlain = COMBINATIONS - plain;
  }

  /** Take `name` (a plain combination or not) and return it. */
  take(name: string, plain: boolean): string {
    const key = nameKey(name);
    this.taken.add(key);
    const at = PLAIN_AT.get(key);
    if (at !== undefined) this.plainTaken[at] = 1;
    if (plain) this.freePlain--;
    return name;
  }

  /**
   * The first free plain combination from the drawn first name `f` and last name `l` (indexes) on, stepping through
   * the last names then the first names; null when none is free. Looked up in a table of taken combinations, not
   * by building each name.
   */
  freePlainAt(f: number, l: number): string | null {
    if (this.freePlain <= 0) return null;
    for (let i = 0; i < COMBINATIONS; i++) {
      const fi = (f + Math.floor(i / LAST.length)) % FIRST.length;
      const li = (l + i) % LAST.length;
      if (this.plainTaken[fi * LAST.length + li] === 0) return `${FIRST[fi]!} ${LAST[li]!}`;
    }
    return null;
  }

  /** `base` with the first number after it that no one has ("Femi Hashemi 2", then 3, …). */
  numbered(base: string): string {
    let n = this.nextNumber.get(base) ?? 2;
    while (this.taken.has(nameKey(`${base} ${n}`))) n++;
    this.nextNumber.set(base, n + 1);
    return `${base} ${n}`;
  }
}

/**
 * A full name for a new hire. With `taken` (the `nameKey`s of everyone in the org, or a `NameBook` of them), the
 * name is one no one there has, and it is taken. It draws exactly two numbers either way, so a clash never shifts
 * the rest of a seeded run: on a clash it steps to the next last name, then the next first name, and once all
 * 1,080 combinations are taken adds a number to the drawn one ("Femi Hashemi 2"). A `NameBook` keeps that fast in
 * a big org (a plain set is scanned each time).
 * `hireName(rng, new Set(['femi hashemi']))` → never `'Femi Hashemi'`.
 */
export function hireName(rng: Rng, taken?: Set<string> | NameBook): string {
  const f = Math.floor(rng.next() * FIRST.length);
  const l = Math.floor(rng.next() * LAST.length);
  const first = (i: number) => FIRST[(f + Math.floor(i / LAST.length)) % FIRST.length]!;
  const last = (i: number) => LAST[(l + i) % LAST.length]!;
  if (!taken) return `${first(0)} ${last(0)}`;
  const book = taken instanceof NameBook ? taken : new NameBook(taken);
  const plain = book.freePlainAt(f, l);
  const name = plain ?? book.numbered(`${first(0)} ${last(0)}`);
  book.take(name, plain !== null);
  if (!(taken instanceof NameBook)) taken.add(nameKey(name));
  return name;
}
