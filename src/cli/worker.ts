/**
 * The worker side of the pool: analyzes one file per message with the public API.
 */
import { parentPort } from "node:worker_threads";
import { loadApi, type AnalyzeOptions } from "./api.js";
import type { ReplyMessage, TaskError, TaskMessage } from "./pool.js";
import type { ResumeReport } from "../report/types.js";

/** A task of the analysis worker. */
export interface AnalyzeTask {
  file: string;
  options: AnalyzeOptions;
}

/** `workerData` marker telling the CLI entry to act as a worker. */
export const WORKER_MARKER = "resume-ats-analyze-worker";

/** The `{ code, message }` of any thrown value (library errors keep their code). */
export function errorInfo(e: unknown): TaskError {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string" && typeof (e as { message?: unknown }).message === "string") {
    const code = (e as { code: string }).code;
    // Node's own fs errors (ENOENT...) are not ours: map the common ones.
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") return { code: "FILE_NOT_FOUND", message: (e as Error).message };
    return { code, message: (e as { message: string }).message };
  }
  return { code: "INTERNAL_ERROR", message: e instanceof Error ? e.message : String(e) };
}

/** Starts answering analysis tasks on `parentPort`. */
export function startWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on("message", (m: TaskMessage<AnalyzeTask>) => {
    void (async () => {
      let reply: ReplyMessage<ResumeReport>;
      try {
        const api = await loadApi();
        reply = { id: m.id, ok: true, value: await api.analyzeResume(m.task.file, m.task.options) };
      } catch (e) {
        reply = { id: m.id, ok: false, error: errorInfo(e) };
      }
      port.postMessage(reply);
    })();
  });
}
