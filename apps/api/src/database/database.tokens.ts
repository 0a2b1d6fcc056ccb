/** The URL the app's connections use: the external server's or the embedded one's. */
export const DATABASE_URL = Symbol('DATABASE_URL');
