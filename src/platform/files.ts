import type { FastifyRequest } from "fastify";
import { sha256Hex } from "./crypto.ts";
import { AppError } from "./errors.ts";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** File types accepted as evidence, each recognised by its first bytes (never by the name alone). */
const BINARY: { type: string; ext: string[]; test: (b: Buffer) => boolean }[] = [
  { type: "application/pdf", ext: ["pdf"], test: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-" },
  {
    type: "image/png",
    ext: ["png"],
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: "image/jpeg", ext: ["jpg", "jpeg"], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: "image/gif",
    ext: ["gif"],
    test: (b) => ["GIF87a", "GIF89a"].includes(b.subarray(0, 6).toString("latin1")),
  },
  {
    type: "image/webp",
    ext: ["webp"],
    test: (b) =>
      b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  },
];
const TEXT: { type: string; ext: string[] }[] = [
  { type: "text/plain", ext: ["txt", "log", "md"] },
  { type: "text/csv", ext: ["csv"] },
  { type: "application/json", ext: ["json"] },
];
const EXECUTABLE_EXT =
  /\.(exe|dll|com|bat|cmd|msi|scr|ps1|vbs|js|mjs|jar|apk|app|sh|bin|elf|so|dylib|html?|svg)$/i;

function looksExecutable(b: Buffer): string | undefined {
  if (b[0] === 0x4d && b[1] === 0x5a) return "a Windows executable (MZ header)";
  if (b.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return "an ELF executable";
  if (b[0] === 0x23 && b[1] === 0x21) return "a script (#!)";
  const m = b.readUInt32BE(0);
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(m))
    return "a Mach-O or Java class file";
  return undefined;
}

export interface CheckedFile {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Accepts an evidence file only when it is within the size limit, is of an allowed type recognised
 * from its content, and is not executable. Errors name the problem (413 too large, 415 type).
 */
export function checkAttachment(
  filename: string,
  declaredType: string | undefined,
  content: Buffer,
  truncated = false,
): CheckedFile {
  const name = filename.replace(/[\\/]/g, "_").slice(0, 200) || "file";
  if (truncated || content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError("too_large", `The file is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`, [
      { field: "file", message: "too large" },
    ]);
  }
  if (content.length === 0)
    throw new AppError("invalid_input", "The file is empty.", [{ field: "file", message: "empty" }]);
  const exe = content.length >= 4 ? looksExecutable(content) : undefined;
  if (exe || EXECUTABLE_EXT.test(name)) {
    throw new AppError(
      "unsupported_media_type",
      `Executable or active files are not accepted${exe ? ` (this one is ${exe})` : ""}.`,
      [{ field: "file", message: "executable or active content" }],
    );
  }
  const ext = name.split(".").pop()?.toLowerCase() ?? "";
  const binary = BINARY.find((t) => t.test(content));
  let mediaType: string | undefined = binary?.type;
  if (!mediaType) {
    const text = TEXT.find((t) => t.ext.includes(ext) || t.type === declaredType);
    const isText = !content.includes(0) && Buffer.from(content.toString("utf8"), "utf8").equals(content);
    if (text && isText) mediaType = text.type;
  }
  if (!mediaType) {
    throw new AppError(
      "unsupported_media_type",
      "Accepted evidence files are PDF, PNG, JPEG, GIF, WebP, and UTF-8 text, CSV or JSON.",
      [{ field: "file", message: `type not accepted (${declaredType ?? "unknown"})` }],
    );
  }
  return { filename: name, mediaType, size: content.length, sha256: sha256Hex(content) };
}

/** Limits for @fastify/multipart on routes that take one evidence file. */
export const UPLOAD_LIMITS = { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 } };

/** The one file of a multipart/form-data request (field "file"), with its other fields; a clear error when missing or too large. */
export async function readUpload(req: FastifyRequest) {
  const part = await req.file();
  if (!part)
    throw new AppError("invalid_input", 'Send the file as multipart/form-data in a field named "file".', [
      { field: "file", message: "required" },
    ]);
  const content = await part.toBuffer().catch((e: { code?: string }) => {
    if (e.code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError("too_large", `The file is larger than ${MAX_ATTACHMENT_BYTES / 1048576} MB.`, [
        { field: "file", message: "too large" },
      ]);
    }
    throw e;
  });
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(part.fields)) {
    const f = Array.isArray(v) ? v[0] : v;
    if (f && f.type === "field") fields[k] = String(f.value);
  }
  return {
    filename: part.filename,
    mimetype: part.mimetype,
    content,
    truncated: part.file.truncated,
    fields,
  };
}
