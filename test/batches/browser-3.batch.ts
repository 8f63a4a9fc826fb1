// Browser test files, share 3 of test/helpers/test-files.ts's BROWSER_BATCHES, in one process.
import {runBrowserBatch} from "./run-batch.js";

runBrowserBatch(3);
