/**
 * Child process for isolate.test.ts: extracts one file through the worker,
 * prints the time it finished, and then does nothing. The process must exit
 * on its own: pooled workers and their idle timers are unref'd.
 */
import { extractIsolated } from "../../src/isolate/index.js";
import { spinInWorker } from "../../src/isolate/testing.js";

process.env.RESUME_ATS_TEST_HOOKS = "1"; // the spin hook also writes to the worker's console
const file = process.argv[2] ?? "";
await spinInWorker(10, 5_000).catch(() => undefined);
const doc = await extractIsolated(file);
process.stdout.write(`${JSON.stringify({ lines: doc.lines.length, doneAt: Date.now() })}\n`);
