import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../libs/platform/src/config/app-config';
import { tempDir } from '../support/temp-dir';

describe('loadConfig: the environment, checked at start', () => {
  const dir = tempDir('config');
  afterAll(() => dir.remove());
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dir.path, ...env });
  const refusal = (env: Record<string, string>) => {
    try {
      load(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error(`accepted ${JSON.stringify(env)}`);
  };

  it('fills in the documented defaults, and keeps a generated JWT secret in DATA_DIR for the next start', () => {
    const config = load({});
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', eventStore: 'sqlite', reportingTimeZone: 'Europe/Amsterdam', notificationDueDays: 14, trustedProxies: [] });
    expect(config.jwtSecret).toBe(readFileSync(dir.file('jwt-secret'), 'utf8').trim());
    expect(load({}).jwtSecret).toBe(config.jwtSecret);
  });

  it('names each bad variable with its value, and hides the value of a secret', () => {
    const message = refusal({ PORT: '70000', NOTIFICATION_DUE_DAYS: 'soon', JWT_SECRET: 'short but secret' });
    expect(message).toContain('PORT="70000"');
    expect(message).toContain('NOTIFICATION_DUE_DAYS="soon"');
    expect(message).toContain('JWT_SECRET=(hidden, 16 characters): JWT_SECRET must be at least 32 characters');
    expect(message).not.toContain('short but secret');
    expect(refusal({ REPORTING_TIME_ZONE: 'Europe/Amsterdan' })).toContain('REPORTING_TIME_ZONE="Europe/Amsterdan": not an IANA time zone');
    expect(refusal({ EVENT_STORE: 'esdb' })).toContain('ESDB_CONNECTION_STRING: required when EVENT_STORE=esdb');
  });

  it('takes the trusted proxies as addresses and CIDR ranges, and nothing else', () => {
    expect(load({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
    for (const wrong of ['true', '1', '10.0.0.0/33', '10.0.0.1/8/8', 'proxy.example', '127.0.0.1,', 'fd00::/129']) {
      expect(refusal({ TRUST_PROXY: wrong })).toContain(`TRUST_PROXY=${JSON.stringify(wrong)}: TRUST_PROXY must be addresses or CIDR ranges`);
    }
  });
});
