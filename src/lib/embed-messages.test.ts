import assert from "node:assert/strict";
import {test} from "node:test";
import {HEIGHT_MESSAGE, pymMessage, readHeightMessage, readPymMessage} from "./embed-messages.js";

test("pym messages match what pym.js's Parent parses", () => {
  // pym.js 1.3.2's Parent: new RegExp('^pym' + 'xPYMx' + id + 'xPYMx' + '(\\S+)' + 'xPYMx' + '(.*)$')
  const parentRegex = new RegExp("^pymxPYMxchart-1xPYMx(\\S+)xPYMx(.*)$");
  const m = pymMessage("chart-1", "height", "640").match(parentRegex);
  assert.deepEqual(m?.slice(1), ["height", "640"]);
  assert.deepEqual(readPymMessage("pymxPYMxchart-1xPYMxwidthxPYMx390", "chart-1"), {type: "width", message: "390"});
  assert.equal(readPymMessage("pymxPYMxother xPYMxwidthxPYMx390", "chart-1"), null);
  assert.equal(readPymMessage({type: "width"}, "chart-1"), null);
});

test("only a sane height is read from our message", () => {
  assert.equal(readHeightMessage({type: HEIGHT_MESSAGE, height: 640.2}), 641);
  for (const bad of [null, "640", {type: "x", height: 5}, {type: HEIGHT_MESSAGE, height: "640"}, {type: HEIGHT_MESSAGE, height: -1}, {type: HEIGHT_MESSAGE, height: Infinity}, {type: HEIGHT_MESSAGE, height: 1e9}]) {
    assert.equal(readHeightMessage(bad), null, JSON.stringify(bad));
  }
});
