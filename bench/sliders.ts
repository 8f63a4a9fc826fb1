// Benchmark: how long the built site takes from a control's input to the
// chart's DOM update. Builds nothing: run `npm run build` first. For every
// slider and radio group on every page of the walk, it sets a series of
// values as a reader would (an input event), and times until the first DOM
// change outside the control. Reports median and 95th percentile per control
// against the one-frame target (16 ms). A benchmark, not a test: it never fails.
import {launch} from "../test/helpers/browser.js";
import {serve} from "../test/helpers/server.js";
import {requireDist} from "../test/helpers/site.js";
import {WALK} from "../src/components/walk.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const TARGET_MS = 16;
/** BENCH_PAGES=/spread,/levels measures only those pages of the walk. */
const ONLY = process.env.BENCH_PAGES?.split(",").filter(Boolean);

interface Result {
  page: string;
  control: string;
  samples: number[];
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

const server = await serve(requireDist());
const browser = await launch();
const results: Result[] = [];
try {
  for (const {path} of WALK.filter((p) => !ONLY || ONLY.includes(p.path))) {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    // tsx compiles the measuring function with esbuild's keepNames, which calls __name().
    await page.addInitScript({content: "window.__name = (f) => f;"});
    await page.goto(`${server.origin}${path}`, {waitUntil: "networkidle"});
    // Commit any "guess first" question, so its slider then moves the guess drawn on the chart.
    for (const button of await page.locator(".guess .button-primary").all()) await button.click();
    await page.waitForTimeout(500);
    const measured = await page.evaluate(async (rounds) => {
      // Resolves with the time of the first DOM change outside `control`.
      function nextChange(control: Element): Promise<number> {
        return new Promise((resolve) => {
          const observer = new MutationObserver((records) => {
            if (records.some((r) => !control.contains(r.target))) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.querySelector("main")!, {subtree: true, childList: true, attributes: true, characterData: true});
          setTimeout(() => (observer.disconnect(), resolve(NaN)), 2000);
        });
      }
      const out: {control: string; samples: number[]}[] = [];
      for (const range of document.querySelectorAll<HTMLInputElement>("main input[type=range]")) {
        const form = range.closest("form, [role=group]") ?? range;
        const name = range.getAttribute("aria-label") ?? range.name;
        const [min, max] = [Number(range.min), Number(range.max)];
        const samples: number[] = [];
        for (let i = 0; i < rounds; ++i) {
          const value = min + ((i % 2 ? i : rounds - i) / rounds) * (max - min);
          const change = nextChange(form);
          const t0 = performance.now();
          range.value = String(value);
          range.dispatchEvent(new Event("input", {bubbles: true}));
          samples.push((await change) - t0);
        }
        out.push({control: `slider "${name}"`, samples});
      }
      // Observable Inputs names every radio "input": group them by their form instead.
      const groups = new Map<Element, HTMLInputElement[]>();
      for (const radio of document.querySelectorAll<HTMLInputElement>("main input[type=radio]")) {
        const form = radio.closest("form")!;
        groups.set(form, [...(groups.get(form) ?? []), radio]);
      }
      for (const radios of groups.values()) {
        const form = radios[0].closest("form")!;
        const name = form.querySelector("label")?.textContent ?? radios[0].name;
        const samples: number[] = [];
        for (let i = 0; i < rounds; ++i) {
          const radio = radios[i % radios.length];
          if (radio.checked) continue;
          const change = nextChange(form);
          const t0 = performance.now();
          radio.checked = true;
          radio.dispatchEvent(new Event("input", {bubbles: true}));
          samples.push((await change) - t0);
        }
        out.push({control: `choice "${name}"`, samples});
      }
      return out;
    }, ROUNDS);
    for (const m of measured) results.push({page: path, ...m});
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Input → chart DOM update, ${ROUNDS} moves per control (target: median ≤ ${TARGET_MS} ms)\n`);
console.log(["page", "control", "n", "median ms", "p95 ms", "target"].join("\t"));
for (const r of results) {
  const ok = r.samples.filter(Number.isFinite).sort((a, b) => a - b);
  const median = quantile(ok, 0.5);
  const p95 = quantile(ok, 0.95);
  const missed = r.samples.length - ok.length;
  console.log([r.page, r.control, ok.length + (missed ? ` (+${missed} no update)` : ""), median.toFixed(1), p95.toFixed(1), median <= TARGET_MS ? "met" : "missed"].join("\t"));
}
if (!results.length) console.log("no controls found: was the site built?");
