// d3-flextree ships no types; this is the part OrgSim uses.
declare module 'd3-flextree' {
  export interface FlexNode<T> {
    data: T;
    x: number;
    y: number;
    children?: FlexNode<T>[];
    each(callback: (node: FlexNode<T>) => void): void;
  }
  export interface FlexLayout<T> {
    (root: FlexNode<T>): FlexNode<T>;
    hierarchy(data: T, children?: (d: T) => T[] | undefined): FlexNode<T>;
  }
  export function flextree<T>(options?: { nodeSize?: (node: FlexNode<T>) => [number, number]; spacing?: number | ((a: FlexNode<T>, b: FlexNode<T>) => number) }): FlexLayout<T>;
}
