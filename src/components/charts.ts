// Every chart, declared once, by slug. A page shows a chart with
// chartFrame(charts["one-in-four"], data, {width}); its embed, its CSV
// download and its tests read the same declaration. Each page's charts are
// declared in specs/<page>.ts; add its `specs` here.
import type {ChartSpec} from "./chart-spec.js";
import {specs as headline} from "./specs/headline.js";
import {specs as studies} from "./specs/studies.js";
import {specs as levels} from "./specs/levels.js";
import {specs as optOut} from "./specs/opt-out.js";
import {specs as context} from "./specs/context.js";
import {specs as spread} from "./specs/spread.js";
import {specs as projection} from "./specs/projection.js";

const all: ChartSpec<any, any, any>[] = [...headline, ...studies, ...levels, ...optOut, ...context, ...spread, ...projection];

export const charts: Record<string, ChartSpec<any, any, any>> = Object.fromEntries(all.map((spec) => [spec.slug, spec]));

if (Object.keys(charts).length !== all.length) throw new Error("two charts share a slug");
