/** Names for people the simulation hires: varied, and drawn with the run's seed. */
import type { Rng } from './rng';

const FIRST = ['Alex', 'Amina', 'Bruno', 'Chen', 'Dana', 'Eitan', 'Farah', 'Gustavo', 'Hiro', 'Ines', 'Jamal', 'Katarina', 'Luis', 'Maya', 'Nikhil', 'Oluwaseun', 'Paula', 'Quentin', 'Rania', 'Sanjay', 'Tereza', 'Uchenna', 'Valeria', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bjorn', 'Carmen', 'Dmitri', 'Esther', 'Femi', 'Greta', 'Hamid', 'Isla'];
const LAST = ['Abara', 'Berg', 'Castillo', 'Dubois', 'Eriksen', 'Fernandes', 'Goldberg', 'Hashemi', 'Ito', 'Jovanovic', 'Kowalczyk', 'Lim', 'Moreno', 'Nakamura', 'Okonkwo', 'Petrov', 'Quispe', 'Rahman', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Wright', 'Xu', 'Yilmaz', 'Zhou', 'Andersen', 'Bose', 'Costa', 'Diaz'];

/** A full name for a new hire. */
export function hireName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}
