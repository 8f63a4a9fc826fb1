// An embed page tells its host how tall its content is, whenever that
// changes: on load, when fonts arrive, when the width changes and the chart
// reflows, when a details element (data table, sources) opens or closes.
// It speaks both pym.js (when the host's pym.Parent gave it a childId) and
// our own message, read by the site's embed.js.
import {HEIGHT_MESSAGE, PING_MESSAGE, pymMessage, readPymMessage} from "../lib/embed-messages.js";

/** The content's height in CSS pixels: the bottom of `content` (the body) plus its bottom margin. */
export function contentHeight(content: Element): number {
  const bottom = content.getBoundingClientRect().bottom + window.scrollY;
  return Math.ceil(bottom + parseFloat(getComputedStyle(content).marginBottom));
}

/** Starts reporting `content`'s height to the parent window; does nothing outside a frame. */
export function reportHeight(content: Element): void {
  if (window.parent === window) return;
  // pym.Parent names its child in the iframe's URL.
  const pymId = new URLSearchParams(location.search).get("childId");
  let last = -1;
  const send = (force = false) => {
    const height = contentHeight(content);
    if (height === last && !force) return;
    last = height;
    // A height is no secret: any host may read it, so the target origin is "*".
    window.parent.postMessage({type: HEIGHT_MESSAGE, height}, "*");
    if (pymId) window.parent.postMessage(pymMessage(pymId, "height", String(height)), "*");
  };
  new ResizeObserver(() => send()).observe(content);
  document.addEventListener("toggle", () => send(), true);
  window.addEventListener("load", () => send(true));
  window.addEventListener("resize", () => send());
  document.fonts?.ready.then(() => send(true));
  window.addEventListener("message", (e) => {
    // Only the parent may ask; asking only makes us say our height again.
    if (e.source !== window.parent) return;
    const ping = e.data && typeof e.data === "object" && (e.data as {type?: unknown}).type === PING_MESSAGE;
    const pymWidth = pymId !== null && readPymMessage(e.data, pymId)?.type === "width";
    if (ping || pymWidth) send(true);
  });
  send(true);
}
