// The unit test files that render into a jsdom window (test/helpers/dom.ts), in one process.
import {runBatch} from "./run-batch.js";

runBatch("dom");
