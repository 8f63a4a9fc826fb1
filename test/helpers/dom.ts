// A jsdom window as the global window and document, so Plot and htl render
// in Node exactly as in the browser. Import this before any chart module.
import {installDocument} from "../../scripts/lib/node-document.js";

export const window = installDocument();
