// Tags added to a built page's <head>: its title, its preview for social
// media and chats (Open Graph, Twitter card), and oEmbed discovery.

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface HeadTags {
  title: string;
  description: string;
  /** The preview image's URL (absolute when the site's URL is known). */
  image: string;
  imageAlt: string;
  /** The page's own URL, when the site's URL is known. */
  url?: string;
  /** oEmbed responses for the charts on the page: URL and title. */
  oembed: {href: string; title: string}[];
}

export function headTags(t: HeadTags): string {
  return [
    `<meta name="description" content="${attr(t.description)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="Secure Communities, by the numbers">`,
    `<meta property="og:title" content="${attr(t.title)}">`,
    `<meta property="og:description" content="${attr(t.description)}">`,
    `<meta property="og:image" content="${attr(t.image)}">`,
    `<meta property="og:image:alt" content="${attr(t.imageAlt)}">`,
    ...(t.url ? [`<meta property="og:url" content="${attr(t.url)}">`] : []),
    `<meta name="twitter:card" content="summary_large_image">`,
    ...t.oembed.map((o) => `<link rel="alternate" type="application/json+oembed" href="${attr(o.href)}" title="${attr(o.title)}">`)
  ].join("\n");
}

/** The page's HTML with its <title> replaced (when given) and the tags added at the end of <head>. */
export function withHead(page: string, tags: string, title?: string): string {
  let out = page;
  if (title !== undefined) out = out.replace(/<title>[^<]*<\/title>/, `<title>${attr(title)}</title>`);
  if (!out.includes("</head>")) throw new Error("page has no </head>");
  return out.replace("</head>", `${tags}\n</head>`);
}
