// Input-to-chart latency of every control on a loaded page: for every
// slider and radio group it sets a series of values as a reader would (an
// input event) and times until the first DOM change outside the control.
import type {Page} from "playwright-core";

export interface ControlLatency {
  control: string;
  samples: number[];
}

/** Measures every range input and radio group under <main>, `rounds` moves each. */
export async function measureControls(page: Page, rounds: number): Promise<ControlLatency[]> {
  // Commit any "guess first" question, so its slider then moves the guess drawn on the chart.
  for (const button of await page.locator(".guess .button-primary").all()) await button.click();
  await page.waitForTimeout(500);
  return page.evaluate(async (rounds) => {
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
      const name = range.getAttribute("aria-label") ?? form.querySelector("label")?.textContent ?? range.name;
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
  }, rounds);
}
