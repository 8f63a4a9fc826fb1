import {emit} from "./lib/emit.js";
import {studies} from "./lib/studies.js";

emit(studies);
