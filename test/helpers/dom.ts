// A jsdom window as the global window and document, so Plot and htl render
// in Node exactly as in the browser. Import this before any chart module.
import {JSDOM} from "jsdom";

const {window} = new JSDOM("<!doctype html><html><body></body></html>", {pretendToBeVisual: true});
Object.assign(globalThis, {window, document: window.document, navigator: window.navigator});
// Node has its own Event classes; jsdom's elements only accept jsdom's, so these are replaced.
for (const name of ["HTMLElement", "SVGElement", "Element", "Node", "NodeList", "HTMLCollection", "DocumentFragment", "Event", "CustomEvent", "getComputedStyle"] as const) {
  (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
}
export {window};
