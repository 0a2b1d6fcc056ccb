import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('gives a development instance its defaults', () => {
    const config = loadAppConfig({});
    expect(config.environment).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.dataDir.endsWith('.data')).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it("takes bridge_app's password, and refuses one that DATABASE_URL contradicts or a URL cannot carry", () => {
    const password = 'a'.repeat(32);
    const config = loadAppConfig({
      BRIDGE_APP_PASSWORD: password,
      DATABASE_URL: `postgres://bridge_app:${password}@db/bridge`,
    });
    expect(config.appRolePassword).toBe(password);
    expect(() =>
      loadAppConfig({ BRIDGE_APP_PASSWORD: password, DATABASE_URL: 'postgres://bridge_app:other@db/bridge' }),
    ).toThrow(/DATABASE_URL: signs in as bridge_app with another password than BRIDGE_APP_PASSWORD/);
    expect(() => loadAppConfig({ BRIDGE_APP_PASSWORD: 'p@ss word/with:colons' })).toThrow(
      /BRIDGE_APP_PASSWORD/,
    );
  });

  it('refuses production without a database or with a weak secret', () => {
    let error: unknown;
    try {
      loadAppConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/DATABASE_URL: is required in production/);
    expect(problems).toMatch(/TOKEN_SECRET: must be a random secret/);
  });

  it('never seeds in production', () => {
    const config = loadAppConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/bridge',
      TOKEN_SECRET: 'x'.repeat(40),
    });
    expect(config.seedDemo).toBe(false);
  });
});
