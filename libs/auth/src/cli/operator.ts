import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { CommandContext } from '../../../platform/src/command-context';
import { fieldErrors } from '../../../platform/src/http/validation';
import { contentHash } from '../../../platform/src/ids';

/** Reads everything on standard input: the password, so it never shows in the process list or shell history. */
export async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text.replace(/\r?\n$/, '');
}

export const PASSWORD_ON_STDIN_ONLY = 'Pass the password on standard input with --password-stdin, never as an argument';

/** The arguments checked by the same DTO as the HTTP route, each bad one named. */
export function validArguments<T extends object>(type: ClassConstructor<T>, values: Record<string, unknown>): T {
  const request = plainToInstance(type, values);
  const errors = fieldErrors(validateSync(request));
  if (Object.keys(errors).length > 0) {
    throw new Error(Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join('; ')}`).join('\n'));
  }
  return request;
}

/**
 * The operator at the terminal as an admin. The request hash is unique per run (never the password): running a
 * command again is a new command, refused when it no longer applies, never silently taken as a retry.
 */
export function operatorContext(command: string, username: string): CommandContext {
  const commandId = randomUUID();
  const requestHash = contentHash({ command, username, commandId });
  return { commandId, correlationId: commandId, causationId: commandId, userId: `cli:${userInfo().username}`, role: 'admin', now: new Date(), requestHash };
}
