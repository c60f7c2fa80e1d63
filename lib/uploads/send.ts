// Browser side of every upload: a server action call that never got an answer — the connection
// dropped, or the server refused the request body before the action ran — becomes a coded failure the
// form can show in words, instead of an error page.
export type UploadFailure = { ok: false; code: string; params?: Record<string, string | number> };

export async function sendUpload<R>(call: () => Promise<R>): Promise<R | UploadFailure> {
  try {
    return await call();
  } catch {
    return { ok: false, code: "UPLOAD_FAILED" };
  }
}
