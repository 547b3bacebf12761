/** Names for people the simulation hires: varied, drawn with the run's seed, and unique within the run's org. */
import type { Rng } from './rng';

const FIRST = ['Alex', 'Amina', 'Bruno', 'Chen', 'Dana', 'Eitan', 'Farah', 'Gustavo', 'Hiro', 'Ines', 'Jamal', 'Katarina', 'Luis', 'Maya', 'Nikhil', 'Oluwaseun', 'Paula', 'Quentin', 'Rania', 'Sanjay', 'Tereza', 'Uchenna', 'Valeria', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bjorn', 'Carmen', 'Dmitri', 'Esther', 'Femi', 'Greta', 'Hamid', 'Isla'];
const LAST = ['Abara', 'Berg', 'Castillo', 'Dubois', 'Eriksen', 'Fernandes', 'Goldberg', 'Hashemi', 'Ito', 'Jovanovic', 'Kowalczyk', 'Lim', 'Moreno', 'Nakamura', 'Okonkwo', 'Petrov', 'Quispe', 'Rahman', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Wright', 'Xu', 'Yilmaz', 'Zhou', 'Andersen', 'Bose', 'Costa', 'Diaz'];

/** The key two names clash on: case and surrounding spaces don't tell people apart. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

/**
 * A full name for a new hire. With `taken` (the `nameKey`s of everyone in the org), the name is one no one there
 * has, and it is added to `taken`. It draws exactly two numbers either way, so a clash never shifts the rest of a
 * seeded run: on a clash it steps to the next last name, then the next first name, and past all 1,080
 * combinations adds a number ("Femi Hashemi 2").
 * `hireName(rng, new Set(['femi hashemi']))` → never `'Femi Hashemi'`.
 */
export function hireName(rng: Rng, taken?: Set<string>): string {
  const f = Math.floor(rng.next() * FIRST.length);
  const l = Math.floor(rng.next() * LAST.length);
  const first = (i: number) => FIRST[(f + Math.floor(i / LAST.length)) % FIRST.length]!;
  const last = (i: number) => LAST[(l + i) % LAST.length]!;
  if (!taken) return `${first(0)} ${last(0)}`;
  const combinations = FIRST.length * LAST.length;
  for (let i = 0; ; i++) {
    const base = `${first(i % combinations)} ${last(i % combinations)}`;
    const round = Math.floor(i / combinations);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    if (!taken.has(nameKey(name))) {
      taken.add(nameKey(name));
      return name;
    }
  }
}
