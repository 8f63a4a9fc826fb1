// Every source link lands on its passage: the text fragment of each link is
// built from the source's verbatim quote, and its words occur in that quote,
// in order. A source with no quote gets no fragment.
import "./helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {loadDataset} from "../src/data/lib/dataset.js";
import {citationText} from "../src/data/lib/download.js";
import {sourceList} from "../src/data/lib/source-list.js";
import {sourceEntry} from "../src/components/source-entry.js";
import {directiveTerms, linkToPassage} from "../src/lib/text-fragment.js";
import {formatTitle, isPlainName} from "../src/lib/format.js";

const data = loadDataset();
const linked = data.sources.filter((s) => s.url);

test("each fragment's words occur in the source's quote, in order", () => {
  let withFragment = 0;
  for (const s of linked) {
    const terms = directiveTerms(linkToPassage(s.url!, s.quote));
    if (!s.quote) {
      assert.equal(terms, null, `${s.id}: a source with no quote gets no fragment`);
      continue;
    }
    assert.ok(terms && terms.length >= 1 && terms.length <= 2, `${s.id}: expected start[,end], got ${terms}`);
    const start = s.quote.indexOf(terms[0]);
    assert.ok(start >= 0, `${s.id}: "${terms[0]}" is not in its quote`);
    if (terms[1]) assert.ok(s.quote.indexOf(terms[1], start + terms[0].length) >= 0, `${s.id}: "${terms[1]}" does not follow "${terms[0]}" in its quote`);
    withFragment++;
  }
  assert.ok(withFragment > 20, `only ${withFragment} sources have a fragment`);
});

test("the sources page links each source to its passage", () => {
  const entries = sourceList(data);
  for (const s of entries.filter((e) => e.url)) {
    const a = sourceEntry(s).querySelector(".source-head a")!;
    assert.equal(a.getAttribute("href"), linkToPassage(s.url, s.quote), s.id);
  }
});

test("the sources page shows no maintainers' note or paraphrase", () => {
  const entries = sourceList(data);
  assert.ok(entries.every((e) => !("note" in e) && !("summary" in e)));
  const withNote = data.sources.find((s) => s.note && /V2|not recorded|research/.test(s.note))!;
  const li = sourceEntry(entries.find((e) => e.id === withNote.id)!);
  assert.ok(!li.textContent!.includes(withNote.note!), withNote.id);
});

test("download citations carry the same passage link", () => {
  const s = linked.find((x) => x.quote)!;
  assert.ok(citationText(s).endsWith(` ${linkToPassage(s.url, s.quote)}`));
  assert.match(citationText(s), /#:~:text=/);
});

test("a document's own title is shown in quotation marks; our plain name for an untitled one is not", () => {
  assert.equal(formatTitle("Disparities in deportation program raise questions"), "“Disparities in deportation program raise questions”");
  assert.equal(formatTitle("ICE press release, Oct 6, 2010"), "ICE press release, Oct 6, 2010");
  assert.ok(isPlainName("Gilroy Dispatch article on Santa Clara County and Secure Communities, Nov 10, 2010"));
  assert.ok(isPlainName("The Washington Independent coverage of the opt-out fight, Oct-Nov 2010"));
  assert.ok(!isPlainName("ICE Total Removals Through August 25th, 2012"), "a real title that ends with a date");
  assert.ok(!isPlainName("Report: ICE exaggerates success of program"), "a real title with a kind word");
});
