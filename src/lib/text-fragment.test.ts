import assert from "node:assert/strict";
import {test} from "node:test";
import {directiveTerms, encodeTerm, fragmentPassage, fragmentTerms, linkToPassage} from "./text-fragment.js";

test("encodeTerm percent-encodes the directive's own syntax: '-', ',' and '&'", () => {
  assert.equal(encodeTerm("46,929 non-criminals & one-quarter"), "46%2C929%20non%2Dcriminals%20%26%20one%2Dquarter");
});

test("a short quote becomes a single start term, trimmed to words", () => {
  assert.deepEqual(fragmentTerms("“more than 544”"), {start: "more than 544", end: null});
});

test("a long quote becomes its first and last five words", () => {
  const quote = "Of the people deported, 12,293 were not criminals, according to the data released on Tuesday.";
  assert.deepEqual(fragmentTerms(quote), {start: "Of the people deported, 12,293", end: "the data released on Tuesday"});
});

test("only the first passage is used, and within it the longest run without an elision", () => {
  assert.equal(fragmentPassage("short … a much longer run of words here || second passage"), "a much longer run of words here");
});

test("no quote, no fragment; no URL, no link", () => {
  assert.equal(linkToPassage("https://example.org/a", null), "https://example.org/a");
  assert.equal(linkToPassage("https://example.org/a", ""), "https://example.org/a");
  assert.equal(linkToPassage(null, "some words"), null);
});

test("linkToPassage appends #:~:text=start,end, after any existing fragment", () => {
  assert.equal(linkToPassage("https://example.org/a", "one-quarter"), "https://example.org/a#:~:text=one%2Dquarter");
  assert.equal(linkToPassage("https://example.org/a#top", "word"), "https://example.org/a#top:~:text=word");
  const url = linkToPassage("https://example.org/a", "In FY 2013 only 12 percent of all deportees had committed a serious offense");
  assert.deepEqual(directiveTerms(url), ["In FY 2013 only 12", "had committed a serious offense"]);
});
