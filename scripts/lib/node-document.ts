// A jsdom window as Node's global window and document, so that components
// (Plot, htl) draw in Node exactly as in the browser: for build-time rendering
// (charts painted into pages, chart images, the sources page) and for tests.
import {JSDOM} from "jsdom";

let installed: Window | null = null;

/** Installs jsdom's window and document as globals, once; returns the window. */
export function installDocument(): Window {
  if (installed) return installed;
  const {window} = new JSDOM("<!doctype html><html><body></body></html>", {pretendToBeVisual: true});
  Object.assign(globalThis, {window, document: window.document, navigator: window.navigator});
  // Node has its own Event classes; jsdom's elements only accept jsdom's, so these are replaced.
  for (const name of ["HTMLElement", "SVGElement", "SVGSVGElement", "Element", "Node", "NodeList", "HTMLCollection", "DocumentFragment", "Event", "CustomEvent", "getComputedStyle", "XMLSerializer"]) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
  installed = window as unknown as Window;
  return installed;
}
