import {emit} from "./lib/emit.js";
import {levels} from "./lib/levels.js";

emit(levels);
