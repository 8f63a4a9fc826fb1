// Observable Inputs ships no types; declare the part this project uses.
declare module "@observablehq/inputs" {
  export interface RangeOptions {
    step?: number;
    value?: number;
    label?: string | Node;
    format?: (value: number) => string;
    width?: number | string;
    disabled?: boolean;
  }
  export function range(extent?: [number, number], options?: RangeOptions): HTMLFormElement & {value: number};
  export interface RadioOptions<T> {
    label?: string | Node;
    value?: T | null;
    format?: (value: T) => string | Node;
    disabled?: boolean;
  }
  export function radio<T>(data: Iterable<T>, options?: RadioOptions<T>): HTMLFormElement & {value: T};
}
