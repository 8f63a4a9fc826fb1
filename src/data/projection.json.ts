import {emit} from "./lib/emit.js";
import {projection} from "./lib/projection.js";

emit(projection);
