import { createSecretKey } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { Pool, PoolClient, QueryResult } from 'pg';
import { can, LIVE_APPLICATION_STATUSES, OpportunityStatus, Permission, Role } from '@bridge/domain';
import { appRoleUrl } from '../../apps/api/src/database/database-server';
import { reportCpuOnRequest } from './server-process';

/**
 * The bare baseline of the request-path bench: node:http and a pg pool, no framework, answering the
 * two pages the bench loads with the SQL Bridge sends for them, as bridge_app, in the same
 * row-level-security transaction (begin, set the tenant, check the session, read the actor, the page's
 * queries, commit), verifying the same token, and returning the JSON Bridge returns. What Bridge
 * spends beyond this is the price of its framework.
 */

const OPPORTUNITY_COLUMNS = `organization_id AS "organizationId", id, kind, status, title, description,
  sponsor_id AS "sponsorId", mentee_id AS "menteeId", host_unit_id AS "hostUnitId", seats,
  seats_filled AS "seatsFilled", hours_per_week AS "hoursPerWeek", starts_on::text AS "startsOn",
  ends_on::text AS "endsOn", capability_keys AS "capabilityKeys", skills, cross_functional AS "crossFunctional",
  published_at AS "publishedAt", closed_at AS "closedAt", created_at AS "createdAt", updated_at AS "updatedAt"`;
const PERSON_COLUMNS = `organization_id AS "organizationId", id, employee_id AS "employeeId", email, name, title,
  level, location, unit_id AS "unitId", manager_id AS "managerId", roles, active, created_at AS "createdAt",
  updated_at AS "updatedAt"`;
const UNIT_COLUMNS = `organization_id AS "organizationId", id, name, kind, parent_id AS "parentId",
  path_key AS "pathKey", created_at AS "createdAt"`;

interface Claims {
  sub: string;
  org: string;
  sid: string;
}
interface Actor {
  personId: string;
  roles: Role[];
}
interface PersonRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  unitId: string | null;
  managerId: string | null;
}
interface OpportunityRow {
  id: string;
  title: string;
  kind: string;
  status: string;
  seats: number;
  seatsFilled: number;
  hoursPerWeek: number;
  crossFunctional: boolean;
  sponsorId: string;
  hostUnitId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const key = createSecretKey(Buffer.from(process.env['BENCH_TOKEN_SECRET'] as string));
const pool = new Pool({
  connectionString: appRoleUrl(process.env['BENCH_OWNER_URL'] as string),
  max: 10,
  options: '-c idle_in_transaction_session_timeout=60000',
});

function claimsOf(header: string | undefined): Claims | undefined {
  if (!header?.startsWith('Bearer ')) return undefined;
  try {
    const claims = jwt.verify(header.slice(7), key, {
      algorithms: ['HS256'],
      issuer: 'bridge',
      audience: 'bridge-api',
    }) as Partial<Claims>;
    return [claims.sub, claims.org, claims.sid].every((part) => typeof part === 'string' && UUID.test(part))
      ? (claims as Claims)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Begin, tenant, session and actor in one round trip (ids are checked UUIDs from a verified token). */
async function openRequest(client: PoolClient, claims: Claims): Promise<Actor | undefined> {
  const [org, sub, sid] = [claims.org, claims.sub, claims.sid].map((id) => client.escapeLiteral(id));
  const results = (await client.query(
    `START TRANSACTION; SELECT set_config('app.org_id', ${org}, true);
     SELECT person.id, person.roles, person.active FROM session
     JOIN person ON person.organization_id = session.organization_id AND person.id = session.person_id
     WHERE session.organization_id = ${org} AND session.id = ${sid} AND session.person_id = ${sub}
       AND session.revoked_at IS NULL AND session.expires_at > now()`,
  )) as unknown as QueryResult<{ id: string; roles: Role[]; active: boolean }>[];
  const person = results[2].rows[0];
  return person?.active ? { personId: person.id, roles: person.roles } : undefined;
}

async function byIds<T extends { id: string }>(
  client: PoolClient,
  table: string,
  columns: string,
  organizationId: string,
  ids: (string | null)[],
): Promise<Map<string, T>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const { rows } = await client.query<T>(
    `SELECT ${columns} FROM ${table} WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
    [organizationId, wanted],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

async function opportunityPage(
  client: PoolClient,
  claims: Claims,
  actor: Actor,
  first: number,
): Promise<unknown> {
  const parameters: unknown[] = [claims.org, OpportunityStatus.OPEN];
  let where = 'organization_id = $1 AND status = $2';
  if (!can(actor, Permission.ManageOpportunity)) {
    parameters.push(actor.personId);
    where += ` AND (status <> 'DRAFT' OR sponsor_id = $3 OR mentee_id = $3)`;
  }
  const total = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM opportunity WHERE ${where}`,
    parameters,
  );
  const page = await client.query<OpportunityRow>(
    `SELECT ${OPPORTUNITY_COLUMNS} FROM opportunity WHERE ${where}
     ORDER BY created_at DESC, id DESC LIMIT $${parameters.length + 1}`,
    [...parameters, first + 1],
  );
  const rows = page.rows.slice(0, first);
  const sponsors = await byIds<PersonRow>(
    client,
    'person',
    PERSON_COLUMNS,
    claims.org,
    rows.map((row) => row.sponsorId),
  );
  const units = await byIds<{ id: string; name: string }>(
    client,
    'org_unit',
    UNIT_COLUMNS,
    claims.org,
    rows.map((row) => row.hostUnitId),
  );
  const counts = await client.query<{ opportunity_id: string; count: number }>(
    `SELECT opportunity_id, count(*)::int AS count FROM application
     WHERE organization_id = $1 AND opportunity_id = ANY($2::uuid[]) AND status = ANY($3::text[])
       AND submitted_at IS NOT NULL
     GROUP BY opportunity_id`,
    [claims.org, rows.map((row) => row.id), LIVE_APPLICATION_STATUSES],
  );
  const applicants = new Map(counts.rows.map((row) => [row.opportunity_id, row.count]));
  return {
    opportunities: {
      totalCount: total.rows[0].count,
      edges: rows.map((row) => {
        const sponsor = sponsors.get(row.sponsorId) as PersonRow;
        const unit = row.hostUnitId ? units.get(row.hostUnitId) : undefined;
        return {
          node: {
            id: row.id,
            title: row.title,
            kind: row.kind,
            status: row.status,
            seats: row.seats,
            seatsFilled: row.seatsFilled,
            hoursPerWeek: row.hoursPerWeek,
            crossFunctional: row.crossFunctional,
            applicantCount: applicants.get(row.id) ?? 0,
            sponsor: { id: sponsor.id, name: sponsor.name },
            hostUnit: unit ? { id: unit.id, name: unit.name } : null,
          },
        };
      }),
    },
  };
}

async function peoplePage(client: PoolClient, claims: Claims, first: number): Promise<unknown> {
  const total = await client.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM person WHERE organization_id = $1 AND active',
    [claims.org],
  );
  const page = await client.query<PersonRow>(
    `SELECT ${PERSON_COLUMNS} FROM person WHERE organization_id = $1 AND active ORDER BY name, id LIMIT $2`,
    [claims.org, first + 1],
  );
  const rows = page.rows.slice(0, first);
  const units = await byIds<{ id: string; name: string }>(
    client,
    'org_unit',
    UNIT_COLUMNS,
    claims.org,
    rows.map((row) => row.unitId),
  );
  const managers = await byIds<PersonRow>(
    client,
    'person',
    PERSON_COLUMNS,
    claims.org,
    rows.map((row) => row.managerId),
  );
  const cursorOf = (row: PersonRow): string =>
    Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');
  const edges = rows.map((row) => {
    const unit = row.unitId ? units.get(row.unitId) : undefined;
    const manager = row.managerId ? managers.get(row.managerId) : undefined;
    return {
      cursor: cursorOf(row),
      node: {
        id: row.id,
        name: row.name,
        email: row.email,
        title: row.title,
        unit: unit ? { id: unit.id, name: unit.name } : null,
        manager: manager ? { id: manager.id, name: manager.name } : null,
      },
    };
  });
  return {
    people: {
      totalCount: total.rows[0].count,
      pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { query, variables } = JSON.parse(Buffer.concat(chunks).toString()) as {
    query: string;
    variables: { first: number };
  };
  const claims = claimsOf(request.headers.authorization);
  if (!claims) return send(response, 401, { errors: [{ message: 'Sign in first.' }] });
  const client = await pool.connect();
  try {
    const actor = await openRequest(client, claims);
    if (!actor) {
      await client.query('ROLLBACK');
      return send(response, 401, { errors: [{ message: 'Your session has ended.' }] });
    }
    const data = query.includes('people(')
      ? await peoplePage(client, claims, variables.first)
      : await opportunityPage(client, claims, actor, variables.first);
    await client.query('COMMIT');
    send(response, 200, { data });
  } catch (error: unknown) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((request, response) => {
  answer(request, response).catch((error: unknown) =>
    send(response, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }),
  );
});
server.listen(0, '127.0.0.1', () => {
  reportCpuOnRequest(() => Promise.all([new Promise((resolve) => server.close(resolve)), pool.end()]));
  process.send?.({ port: (server.address() as AddressInfo).port });
});
