import {usStates} from "./lib/us-states.js";

process.stdout.write(JSON.stringify(usStates()));
