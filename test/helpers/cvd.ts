// Colour-vision deficiency simulation for screenshots: the matrices of
// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB, as the
// values of an SVG feColorMatrix (which works in linear RGB by default).
// The palette test uses culori's implementation of the same model.

export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";

const MACHADO: Record<Deficiency, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039]
};

/** The matrix as the `values` of an SVG feColorMatrix (4×5, alpha unchanged). */
export function feColorMatrixValues(deficiency: Deficiency): string {
  const m = MACHADO[deficiency];
  return [...m.slice(0, 3), 0, 0, ...m.slice(3, 6), 0, 0, ...m.slice(6, 9), 0, 0, 0, 0, 0, 1, 0].join(" ");
}

/** A page script that draws the whole page as a reader with the deficiency sees it. */
export function simulationScript(deficiency: Deficiency): string {
  return `(() => {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", "0"); svg.setAttribute("height", "0"); svg.setAttribute("aria-hidden", "true");
  svg.style.position = "absolute";
  svg.innerHTML = '<filter id="cvd-sim"><feColorMatrix type="matrix" values="${feColorMatrixValues(deficiency)}"/></filter>';
  document.body.append(svg);
  document.documentElement.style.filter = "url(#cvd-sim)";
})();`;
}
