// Moving big inputs to a worker without stalling the main thread. Cloning a 10 MB string for
// postMessage blocks the sender for 100+ ms; a transferred ArrayBuffer moves for free. So big strings
// travel as UTF-8 pieces (encoded a piece per turn of the event loop, decoded in the worker) and byte
// arrays that own their buffer are transferred.
import { yieldToOthers } from "@/lib/yield";

const PIECE = 256 * 1024; // characters encoded per turn
const BIG = 64 * 1024;

type Packed = { utf8: Uint8Array[] };

function isPacked(value: unknown): value is Packed {
  return typeof value === "object" && value !== null && Array.isArray((value as Packed).utf8);
}

function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/** Main thread: arguments ready for postMessage, and the buffers to transfer with them. */
export async function packArgs(args: unknown[]): Promise<{ args: unknown[]; transfer: ArrayBuffer[] }> {
  const transfer: ArrayBuffer[] = [];
  const packed: unknown[] = [];
  for (const arg of args) {
    if (typeof arg === "string" && arg.length > BIG) {
      const pieces: Uint8Array[] = [];
      const encoder = new TextEncoder();
      for (let i = 0; i < arg.length;) {
        let end = Math.min(arg.length, i + PIECE);
        if (end < arg.length && /[\ud800-\udbff]/.test(arg[end - 1]!)) end += 1; // keep a surrogate pair together
        const piece = encoder.encode(arg.slice(i, end));
        pieces.push(piece);
        if (ownsBuffer(piece)) transfer.push(piece.buffer as ArrayBuffer);
        i = end;
        await yieldToOthers();
      }
      packed.push({ utf8: pieces } satisfies Packed);
    } else {
      if (arg instanceof Uint8Array && ownsBuffer(arg)) transfer.push(arg.buffer as ArrayBuffer);
      packed.push(arg);
    }
  }
  return { args: packed, transfer };
}

/** Worker: the arguments as the task expects them. */
export function unpackArgs(args: unknown[]): unknown[] {
  return args.map((arg) => {
    if (!isPacked(arg)) return arg;
    const decoder = new TextDecoder();
    return arg.utf8.map((piece) => decoder.decode(piece)).join("");
  });
}
