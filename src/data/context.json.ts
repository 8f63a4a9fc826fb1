import {emit} from "./lib/emit.js";
import {context} from "./lib/context.js";

emit(context);
