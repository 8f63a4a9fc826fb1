import "../../test/helpers/dom.js";
import assert from "node:assert/strict";
import {test} from "node:test";
import {WALK, nextLink, stepLabel, walkPosition} from "./walk.js";

test("step labels number the pages as the header does: 1-based, in WALK order, out of WALK's length", () => {
  assert.equal(stepLabel("/"), `Step 1 of ${WALK.length}`);
  assert.equal(stepLabel("/levels"), `Step 2 of ${WALK.length}`);
  assert.deepEqual(WALK.map((p) => walkPosition(p.path).step), WALK.map((_, i) => i + 1));
});

test("each page's next link goes to the following page of WALK; the last page has none", () => {
  for (const [i, page] of WALK.entries()) {
    const link = nextLink(page.path);
    const next = WALK[i + 1];
    if (!next) {
      assert.equal(link, null);
      continue;
    }
    const a = link!.querySelector("a")!;
    assert.equal(a.getAttribute("href"), next.path === "/" ? "./" : `.${next.path}`);
    assert.equal(a.textContent, `Next: ${next.name} →`);
  }
});

test("a path outside the walk is an error, not a silent step 0", () => {
  assert.throws(() => stepLabel("/nowhere"), /not a page of the walk/);
});
