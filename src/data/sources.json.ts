import {emit} from "./lib/emit.js";
import {sourceList} from "./lib/source-list.js";

emit(sourceList);
