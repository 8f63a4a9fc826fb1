// Screenshots of the built site at 1280 and 390 px, light and dark, into
// screenshots/ (gitignored): `npm run screenshots`. Look at them before
// calling a chart done.
import {mkdirSync} from "node:fs";
import {launch} from "../test/helpers/browser.js";
import {serve} from "../test/helpers/server.js";
import {requireDist} from "../test/helpers/site.js";

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/", "/sources"];
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
        await page.waitForTimeout(300);
        const name = `${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "index"}-${width}-${colorScheme}.png`;
        await page.screenshot({path: `${out}${name}`, fullPage: true});
        console.log(`screenshots/${name}`);
        // Each chart on its own, at the size a reader sees it.
        for (const figure of await page.locator("figure.chart").all()) {
          const slug = await figure.getAttribute("id");
          await figure.screenshot({path: `${out}chart-${slug}-${width}-${colorScheme}.png`});
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
