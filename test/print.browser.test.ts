// Printing: a page prints as an article, with its charts (their drawn text,
// not only their titles) and their sources, and without controls. Chromium
// prints /levels to PDF (page.pdf, print media) and pdf.js reads the text back.
import assert from "node:assert/strict";
import {test} from "node:test";
import {getDocument} from "pdfjs-dist/legacy/build/pdf.mjs";
import {useSite} from "./helpers/site-browser.js";

const site = useSite();

/** Every text item of every page of the PDF, whitespace removed (PDF text runs split words arbitrarily). */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({data: pdf, useSystemFonts: false, isEvalSupported: false}).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; ++i) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  return text.replace(/\s+/g, "");
}

const squash = (s: string) => s.replace(/\s+/g, "");

test("/levels prints with every chart drawn, its title and sources, and no controls", async () => {
  const {page} = await site.open("/levels", {waitFor: "figure.chart svg"});
  await page.waitForFunction(() => [...document.querySelectorAll("figure.chart")].every((f) => f.querySelector("svg")));
  // What each chart draws: its title, its longest label inside the SVG, and its source line's first link.
  const charts = await page.$$eval("figure.chart", (figures) =>
    figures.map((f) => {
      const labels = [...f.querySelectorAll("svg text, svg tspan, [class$=\"-swatch\"]")]
        .filter((t) => t.matches("[class$=\"-swatch\"]") || !t.children.length)
        .map((t) => t.textContent ?? "")
        .filter((t) => /[a-z]{4}/i.test(t));
      return {
        slug: f.id,
        title: f.querySelector(".chart-title")?.textContent ?? "",
        label: labels.sort((a, b) => b.length - a.length)[0] ?? "",
        source: f.querySelector(".chart-source a")?.textContent ?? ""
      };
    })
  );
  assert.ok(charts.length >= 4, `only ${charts.length} charts on /levels`);
  // Control labels (a chart may draw the same words as an axis label: those are left out).
  const controls = await page.$$eval("main form > label, .chart-share summary, .reset-row button", (els) => {
    const drawn = [...document.querySelectorAll("figure.chart svg")].map((s) => s.textContent ?? "").join(" ");
    return els.map((e) => e.textContent ?? "").filter((t) => t.trim().length > 6 && !drawn.includes(t));
  });
  assert.ok(controls.length > 0, "the page has no controls to check");
  const text = await pdfText(new Uint8Array(await page.pdf({format: "A4", printBackground: false})));
  for (const c of charts) {
    assert.ok(c.label, `${c.slug}: no label drawn in its SVG`);
    assert.ok(text.includes(squash(c.title)), `${c.slug}: title missing from the PDF`);
    assert.ok(text.includes(squash(c.label)), `${c.slug}: the chart's drawing ("${c.label}") is missing from the PDF`);
    assert.ok(text.includes(squash(c.source).slice(0, 40)), `${c.slug}: source line missing from the PDF`);
  }
  for (const label of controls) assert.ok(!text.includes(squash(label)), `a control is printed: "${label}"`);
  await page.close();
});
