import {emit} from "./lib/emit.js";
import {spread} from "./lib/spread.js";

emit((data) => spread(data));
