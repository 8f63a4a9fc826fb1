// Bad data anywhere fails in one line. For every file of data/, rows are
// deleted, duplicated and reordered; every loader then either succeeds or
// fails with a DataError whose message is one line naming file, line, column
// and rule, never another error. A loader run as a process prints that one
// line, prefixed "Data error: ", and no stack trace.
//
// About 6,000 mutations run, so each costs as little as it can without
// skipping a check: a file the mutation left alone is not parsed again (its
// validated table is kept while its text is unchanged), and the sources the
// other files cite are counted once per row; the data set is still validated
// whole (every table, then every cross-file rule) for every mutation, and the
// loaders run on each one that passes.
//
// The mutations are shared out between this file and data-failures-2.test.ts
// (test/helpers/data-mutations.ts), which run as two processes, so on two CPUs.
import {mutationTests} from "./helpers/data-mutations.js";

mutationTests(0, 2);
