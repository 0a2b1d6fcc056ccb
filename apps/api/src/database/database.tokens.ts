/** The URL the app's connections use, as bridge_app (row-level security applies). */
export const DATABASE_URL = Symbol('DATABASE_URL');

/** The same database as the tables' owner: the job queue keeps its own schema there. */
export const DATABASE_OWNER_URL = Symbol('DATABASE_OWNER_URL');
