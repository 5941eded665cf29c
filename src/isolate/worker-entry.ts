/**
 * Worker thread entry: runs `extractResume` for the parent and posts back the
 * document or a serialized error. Built as `dist/worker.js`.
 */
import { parentPort } from "node:worker_threads";
import { extractResume } from "../extract/index.js";
import { ResumeAtsError } from "../errors.js";
import type { ExtractRequest, ExtractResponse } from "./protocol.js";

if (parentPort) {
  const port = parentPort;
  port.on("message", (req: ExtractRequest) => {
    extractResume(req.input, req.options).then(
      (doc) => port.postMessage({ id: req.id, ok: true, doc } satisfies ExtractResponse),
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        const response: ExtractResponse = {
          id: req.id,
          ok: false,
          error: {
            code: e instanceof ResumeAtsError ? e.code : null,
            name: err.name,
            message: err.message,
            ...(e instanceof ResumeAtsError && e.details ? { details: e.details } : {}),
          },
        };
        port.postMessage(response);
      },
    );
  });
}
