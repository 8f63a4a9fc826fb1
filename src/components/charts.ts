// Every chart, declared once, by slug: the registry that build-time code
// (the config's embed routes, CSV downloads) and tests read. Each page's
// charts are declared in specs/<file>.ts, named after the loader file they
// draw; add its `specs` here. The browser never loads this registry: a page
// imports only its own specs module, and an embed only the one of its file.
import {bySlug, type ChartSpec} from "./chart-spec.js";
import {specs as headline} from "./specs/headline.js";
import {specs as studies} from "./specs/studies.js";
import {specs as levels} from "./specs/levels.js";
import {specs as optOut} from "./specs/opt-out.js";
import {specs as context} from "./specs/context.js";
import {specs as spread} from "./specs/spread.js";
import {specs as projection} from "./specs/projection.js";

export const charts: Record<string, ChartSpec<any, any, any>> = bySlug(headline, studies, levels, optOut, context, spread, projection);
