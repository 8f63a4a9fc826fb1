// Observable Framework configuration. See README "Developer notes" for why
// every import here resolves from node_modules and nothing from a CDN.
export default {
  title: "Secure Communities, by the numbers",
  root: "src",
  output: "dist",
  // No Google Fonts: an empty list removes Framework's default font stylesheet.
  globalStylesheets: [],
  theme: ["air", "near-midnight"],
  style: "style.css",
  search: false,
  // .ts loaders run with the project's own tsx, no global install needed.
  interpreters: {".ts": ["node", "--import", "tsx"]},
  pages: [{name: "Sources", path: "/sources"}],
  footer: "",
  cleanUrls: true,
  linkify: false
};
