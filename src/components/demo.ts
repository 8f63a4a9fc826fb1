import * as Plot from "@observablehq/plot";
export function demo(data: number[], {width = 640} = {}) {
  return Plot.barY(data).plot({width});
}
