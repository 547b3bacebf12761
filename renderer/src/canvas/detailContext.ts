/**
 * The level of detail every node draws at, read once by the canvas and handed down: a node subscribing to
 * React Flow's store for it made one more selector per node run on every pan step and drag move.
 */
import { createContext } from 'react';
import type { Detail } from './UnitNode';

export const DetailContext = createContext<Detail>('full');
