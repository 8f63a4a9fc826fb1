// Screenshots of the built site at 1280 and 390 px, light and dark, into
// screenshots/ (gitignored): `npm run screenshots`. Look at them before
// calling a chart done.
import {mkdirSync} from "node:fs";
import {launch} from "../test/helpers/browser.js";
import {serve} from "../test/helpers/server.js";
import {requireDist} from "../test/helpers/site.js";
import {simulationScript, type Deficiency} from "../test/helpers/cvd.js";

// `--cvd=deuteranopia` (or protanopia, tritanopia) draws every page as a reader with that deficiency sees it.
const args = process.argv.slice(2);
const cvd = args.find((a) => a.startsWith("--cvd="))?.slice(6) as Deficiency | undefined;
if (cvd && !["protanopia", "deuteranopia", "tritanopia"].includes(cvd)) throw new Error(`unknown --cvd=${cvd}`);
const paths = args.filter((a) => !a.startsWith("--"));
const pages = paths.length ? paths : ["/", "/sources"];
const out = new URL("../screenshots/", import.meta.url).pathname;
mkdirSync(out, {recursive: true});
const server = await serve(requireDist());
const browser = await launch();
try {
  for (const path of pages) {
    for (const width of [1280, 390]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({viewport: {width, height: 900}, colorScheme});
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}`, {waitUntil: "networkidle"});
        // Charts painted at build time are replaced by the live ones once the page's code runs (slower on
        // the map page): wait for that, so each chart below is the one a reader sees.
        await page.waitForFunction(() => !document.querySelector("figure.chart-painted"), null, {timeout: 10_000}).catch(() => {});
        await page.waitForTimeout(300);
        if (cvd) await page.evaluate(simulationScript(cvd));
        const suffix = cvd ? `-${cvd}` : "";
        const name = `${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "index"}-${width}-${colorScheme}${suffix}.png`;
        await page.screenshot({path: `${out}${name}`, fullPage: true});
        console.log(`screenshots/${name}`);
        // Each chart on its own, at the size a reader sees it.
        for (const figure of await page.locator("figure.chart").all()) {
          const slug = await figure.getAttribute("id");
          await figure.screenshot({path: `${out}chart-${slug}-${width}-${colorScheme}${suffix}.png`});
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
