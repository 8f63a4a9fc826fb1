import {emit} from "./lib/emit.js";
import {optOut} from "./lib/opt-out.js";

emit(optOut);
