import { closeSync, fsyncSync, openSync, renameSync, writeSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces `file` with `text` so that a reader (or a crash at any instant) sees either the old file or the new
 * one, never a mix: the text goes to a temporary file beside it, is flushed to disk, and is renamed over the
 * target (rename is atomic within a folder on POSIX file systems); the folder is flushed too so that the rename
 * itself survives a power cut.
 */
export function writeFileAtomic(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`;
  const handle = openSync(temporary, 'w', 0o644);
  try {
    writeSync(handle, text);
    fsyncSync(handle);
  } catch (error) {
    closeSync(handle);
    safeUnlink(temporary);
    throw error;
  }
  closeSync(handle);
  try {
    renameSync(temporary, file);
  } catch (error) {
    safeUnlink(temporary);
    throw error;
  }
  syncFolder(dirname(file));
}

function syncFolder(folder: string): void {
  try {
    const handle = openSync(folder, 'r');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
  } catch {
    // Some file systems refuse to fsync a folder; the rename is still atomic there.
  }
}

function safeUnlink(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
