import {emit} from "./lib/emit.js";
import {headline} from "./lib/headline.js";

emit(headline);
