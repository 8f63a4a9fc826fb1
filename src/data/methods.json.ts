import {emit} from "./lib/emit.js";
import {methods} from "./lib/methods.js";

emit(methods);
