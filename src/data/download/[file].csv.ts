// data/<file>.csv with a citation column. Framework passes the route's
// [file] parameter as --file=<value>.
import {parseArgs} from "node:util";
import {printDownload} from "../lib/download.js";

printDownload(parseArgs({options: {file: {type: "string"}}}).values.file);
