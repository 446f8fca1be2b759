import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { cpSync } from 'node:fs';
import { AppModule } from '../../../apps/api/src/app.module';
import { AccountsService } from '../../../libs/auth/src/accounts.service';
import { loadConfig } from '../../../libs/platform/src/config/app-config';
import { ProjectionRuntime } from '../../../libs/projections/src';
import { ROLES, type Role } from '../../../libs/platform/src/role';
import { tempDir } from '../../support/temp-dir';
import { TEST_PASSWORD } from '../../support/test-app';

/**
 * Registers `<role>-user` for each role (all by default) in the store of DATA_DIR, and leaves the directory as a
 * cleanly stopped server would: read models set up and caught up, both WAL files checkpointed away.
 */
export async function seedAccounts(dataDir: string, roles: readonly Role[] = ROLES): Promise<void> {
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(loadConfig({ DATA_DIR: dataDir, PORT: '0' })), {
    logger: false,
  });
  try {
    const accounts = context.get(AccountsService);
    for (const role of roles) {
      const commandId = randomUUID();
      await accounts.register(`${role}-user`, role, TEST_PASSWORD, {
        commandId,
        correlationId: commandId,
        causationId: commandId,
        userId: 'test-setup',
        role: 'admin',
        now: new Date(),
        requestHash: role,
      });
    }
    const runtime = context.get(ProjectionRuntime);
    runtime.start();
    if (!(await runtime.waitUntilCaughtUp(30_000))) throw new Error('The read models did not catch up with the seeded accounts');
  } finally {
    await context.close();
  }
}

/** A bearer token for `<role>-user` from the running server. */
export async function signIn(baseUrl: string, role: Role): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: `${role}-user`, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`Could not sign in as ${role}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function signInAll(baseUrl: string): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = await signIn(baseUrl, role);
  return tokens;
}

/**
 * Accounts seeded once, then copied into each fresh data directory (with the JWT secret, so a token from one
 * serves them all): seeding boots Nest and runs argon2, copying takes milliseconds.
 */
export function seededDataDirs(prefix: string, roles: readonly Role[]) {
  const template = tempDir(`${prefix}-seeded`);
  const copies: Array<ReturnType<typeof tempDir>> = [];
  return {
    seed: () => seedAccounts(template.path, roles),
    fresh(): string {
      const copy = tempDir(prefix);
      cpSync(template.path, copy.path, { recursive: true });
      copies.push(copy);
      return copy.path;
    },
    removeAll: () => [template, ...copies].forEach((dir) => dir.remove()),
  };
}
