// The unit test files that need no DOM, in one process.
import {runBatch} from "./run-batch.js";

runBatch("plain");
