/** Bounds that keep one hostile file from exhausting the validator (time, memory, stack). */
export interface InputLimits {
  /** Largest manifest file accepted, in bytes. */
  maxFileBytes: number;
  /** Deepest nesting of mappings and sequences accepted. A real manifest is about seven levels deep. */
  maxDepth: number;
  /** Most alias expansions accepted while building the data (defeats "billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: Readonly<InputLimits> = {
  maxFileBytes: 256 * 1024,
  maxDepth: 32,
  maxAliasCount: 64,
};

/**
 * The bounds of a file of settings (a stack file, waivers, the pack config), read whole before it is
 * parsed: 1 MiB. Parsed with a manifest's bounds, a 703 KiB waiver file was refused as "more than the
 * 256 KiB limit", with a hint to pass `--max-file-size`, which `audit` does not take.
 */
export const CONFIG_LIMITS: Readonly<InputLimits> = { ...DEFAULT_LIMITS, maxFileBytes: 1024 * 1024 };

/**
 * Findings listed per file before a closing "… and N more": a real manifest has a handful, and a
 * file with thousands (23,500 unknown keys) is one mistake repeated, not thousands to read.
 */
export const MAX_FINDINGS_PER_FILE = 100;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
}
