import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/*
 * The files of DATA_DIR and the backups hold password hashes, personal and CIVCAS data: only the service's own user
 * may read them (SPEC 6), whatever the umask. What already exists looser is tightened.
 */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_DIRECTORY = 0o700;

function tighten(path: string, mode: number): void {
  if ((statSync(path).mode & 0o777 & ~mode) !== 0) chmodSync(path, mode);
}

export function ownerOnlyDirectory(path: string): void {
  mkdirSync(path, { recursive: true, mode: OWNER_ONLY_DIRECTORY });
  tighten(path, OWNER_ONLY_DIRECTORY);
}

/** A file created (empty) or tightened to the owner only, before anything writes it. */
export function ownerOnlyFile(path: string): void {
  closeSync(openSync(path, 'a', OWNER_ONLY_FILE));
  tighten(path, OWNER_ONLY_FILE);
}

/**
 * A SQLite database file made owner-only before SQLite opens it: SQLite gives the -wal and -shm files it creates
 * the mode of the database file. Those left by an earlier, looser installation are tightened too.
 */
export function ownerOnlyDatabase(file: string): void {
  ownerOnlyFile(file);
  for (const companion of [`${file}-wal`, `${file}-shm`]) if (existsSync(companion)) tighten(companion, OWNER_ONLY_FILE);
}
