// embed.js, the script a host page adds once after its iframes: it sizes
// every iframe of ours on the page to its content. A message counts only when
// it comes from that very iframe's window (event.source) and from our origin,
// so another frame or window cannot resize anything. Bundled and minified by
// scripts/postbuild.ts to dist/embed.js; its size is checked (< 1 kB gzip).
import {PING_MESSAGE, readHeightMessage} from "../../src/lib/embed-messages.js";

const script = document.currentScript as HTMLScriptElement | null;
// The site's root, from where this script was loaded: iframes under it are ours.
const root = new URL("./", script?.src ?? location.href);

function ours(): HTMLIFrameElement[] {
  return [...document.querySelectorAll("iframe")].filter((f) => f.src.startsWith(`${root.href}embed/`));
}

addEventListener("message", (e) => {
  if (e.origin !== root.origin) return;
  const height = readHeightMessage(e.data);
  if (height === null) return;
  const frame = ours().find((f) => f.contentWindow === e.source);
  if (frame) frame.style.height = `${height}px`;
});

// Frames that loaded before this script reported to nobody: ask them again.
// "*": a frame still loading is not yet at our origin, and the ping carries nothing.
for (const f of ours()) f.contentWindow?.postMessage({type: PING_MESSAGE}, "*");
