// The messages an embedded chart sends its host page, in two protocols:
// pym.js's (a string "pym" xPYMx id xPYMx type xPYMx message, which a host
// running `new pym.Parent(...)` understands unchanged) and our own object
// message, read by the site's embed.js. Pure: shared by the embed page and embed.js.

/** Our message type: {type: HEIGHT_MESSAGE, height} from an embed to its host. */
export const HEIGHT_MESSAGE = "sc-embed-height";
/** Our message type: {type: PING_MESSAGE} from a host that loaded late, asking the embed to report again. */
export const PING_MESSAGE = "sc-embed-ping";

const PYM_DELIMITER = "xPYMx";

/** A pym.js message, e.g. pymMessage("chart-1", "height", "640"). */
export function pymMessage(id: string, type: string, message: string): string {
  return ["pym", id, type, message].join(PYM_DELIMITER);
}

/** The type and message of a pym.js message addressed to `id`, or null. */
export function readPymMessage(data: unknown, id: string): {type: string; message: string} | null {
  if (typeof data !== "string") return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym" || parts[1] !== id) return null;
  return {type: parts[2], message: parts[3]};
}

/** The height an embed reported, when `data` is our height message with a sane value; else null. */
export function readHeightMessage(data: unknown): number | null {
  if (!data || typeof data !== "object" || (data as {type?: unknown}).type !== HEIGHT_MESSAGE) return null;
  const h = (data as {height?: unknown}).height;
  return typeof h === "number" && Number.isFinite(h) && h > 0 && h < 100_000 ? Math.ceil(h) : null;
}
