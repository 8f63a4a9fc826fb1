// The second half of the mutation tests of data/: see data-failures.test.ts.
import {mutationTests} from "./helpers/data-mutations.js";

mutationTests(1, 2);
