// The Observable Inputs that pages use, by name: pages import this module
// rather than the whole package, so the browser bundle keeps only these.
export {radio, range} from "@observablehq/inputs";
