import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsIP, IsOptional, IsString, Max, Min, MinLength, validateSync, ValidateBy } from 'class-validator';
import { DateTime } from 'luxon';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { OWNER_ONLY_DIRECTORY, OWNER_ONLY_FILE, ownerOnlyDirectory, ownerOnlyFile } from '../../../event-store/src';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** The environment as the service reads it; every variable is checked at start. */
class Environment {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** The address to listen on: 127.0.0.1 keeps the service on loopback (tests, a reverse proxy on the host). */
  @IsOptional() @IsIP()
  HOST = '0.0.0.0';

  @IsOptional() @IsString() @MinLength(1)
  DATA_DIR = './data';

  @IsOptional() @IsIn(['sqlite', 'esdb'])
  EVENT_STORE: 'sqlite' | 'esdb' = 'sqlite';

  @IsOptional() @IsString()
  ESDB_CONNECTION_STRING?: string;

  @IsOptional() @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional() @IsString()
  REPORTING_TIME_ZONE = 'Europe/Amsterdam';

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365)
  NOTIFICATION_DUE_DAYS = 14;

  /**
   * The reverse proxies in front of the service (addresses or CIDR ranges, comma-separated). Only requests from
   * them may name the client in X-Forwarded-For; without it every client behind one proxy would share one sign-in limit.
   */
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value))
  @ValidateBy({
    name: 'isProxyList',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string' && isAddressOrRange(item)),
      defaultMessage: () => 'TRUST_PROXY must be addresses or CIDR ranges of the proxies, separated by commas (e.g. 127.0.0.1,10.0.0.0/8)',
    },
  })
  TRUST_PROXY: string[] = [];
}

/** 10.0.0.1, 10.0.0.0/8, ::1 or fd00::/8. */
function isAddressOrRange(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: 'sqlite' | 'esdb';
  esdbConnectionString?: string;
  jwtSecret: string;
  reportingTimeZone: string;
  notificationDueDays: number;
  /** Proxies whose X-Forwarded-For is believed; empty: the connection's address is the client's. */
  trustedProxies: string[];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Reads and checks the environment. A bad value stops the service with a message naming the variable; the JWT
 * secret, when not given, is generated once and kept in DATA_DIR so tokens survive a restart.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new Environment());
  const given = Object.fromEntries(known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const parsed = plainToInstance(Environment, given);
  const errors = validateSync(parsed);
  if (errors.length > 0) {
    const lines = errors.map((error) => `${error.property}=${shown(error.property, given[error.property])}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (!DateTime.now().setZone(parsed.REPORTING_TIME_ZONE).isValid) {
    throw new ConfigError(`Invalid configuration:\n  REPORTING_TIME_ZONE=${JSON.stringify(parsed.REPORTING_TIME_ZONE)}: not an IANA time zone`);
  }
  if (parsed.EVENT_STORE === 'esdb' && !parsed.ESDB_CONNECTION_STRING) {
    throw new ConfigError('Invalid configuration:\n  ESDB_CONNECTION_STRING: required when EVENT_STORE=esdb');
  }
  const dataDir = resolve(parsed.DATA_DIR);
  checkWritable(dataDir);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    eventStore: parsed.EVENT_STORE,
    esdbConnectionString: parsed.ESDB_CONNECTION_STRING,
    jwtSecret: parsed.JWT_SECRET ?? keptSecret(dataDir),
    reportingTimeZone: parsed.REPORTING_TIME_ZONE,
    notificationDueDays: parsed.NOTIFICATION_DUE_DAYS,
    trustedProxies: parsed.TRUST_PROXY,
  };
}

/** The files the service writes in DATA_DIR (each may not exist yet). */
const DATA_FILES = ['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm', 'read-models.sqlite', 'read-models.sqlite-wal', 'read-models.sqlite-shm'];

/**
 * Refuses to start on a DATA_DIR it cannot write (permissions, a read-only mount): otherwise SQLite fails later
 * with "unable to open database file", naming neither the file nor the variable.
 */
function checkWritable(dataDir: string): void {
  const refuse = (path: string, error: unknown) => {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`Invalid configuration:\n  DATA_DIR=${JSON.stringify(dataDir)}: ${path} cannot be written by this process (${reason})`);
  };
  try {
    mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_DIRECTORY });
  } catch (error) {
    refuse(dataDir, error);
  }
  for (const path of [dataDir, ...DATA_FILES.map((file) => join(dataDir, file)).filter((file) => existsSync(file))]) {
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      refuse(path, error);
    }
  }
  try {
    ownerOnlyDirectory(dataDir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`Invalid configuration:\n  DATA_DIR=${JSON.stringify(dataDir)}: cannot be made readable by this user only (${reason})`);
  }
}

/** Variables whose values must never reach a log, even when they are wrong (a near-miss secret is still a secret). */
const SECRET_VARIABLES = ['JWT_SECRET', 'ESDB_CONNECTION_STRING'];

function shown(variable: string, value: unknown): string {
  return SECRET_VARIABLES.includes(variable) ? `(hidden, ${String(value ?? '').length} characters)` : JSON.stringify(value);
}

function keptSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: OWNER_ONLY_FILE, flag: 'wx' });
  ownerOnlyFile(file);
  return readFileSync(file, 'utf8').trim();
}
