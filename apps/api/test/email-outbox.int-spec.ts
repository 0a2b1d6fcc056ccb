import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EmailDeliveryService } from '../src/notifications/email-delivery.service';
import { TestBridge } from './bridge-test-app';

/**
 * E-mails announce notifications through the outbox: written with the action, delivered by a
 * PostgreSQL-backed job to a real SMTP server (smtp-server, in this process), retried when the
 * server refuses, and never sent twice.
 */
interface ReceivedMail {
  to: string;
  messageId: string;
}

describe('e-mail outbox', () => {
  let bridge: TestBridge;
  let smtp: SMTPServer;
  const received: ReceivedMail[] = [];
  let refuseNext = 0;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let message = '';
        stream.on('data', (chunk: Buffer) => (message += chunk.toString()));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
            return;
          }
          received.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address).join(','),
            messageId: /^Message-ID: (.*)$/im.exec(message)?.[1]?.trim() ?? '',
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    bridge = await TestBridge.start({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      EMAIL_FROM: 'Bridge <bridge@acme.test>',
    });
  });

  afterAll(async () => {
    await bridge.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function waitForOutbox(predicate: (rows: { status: string; attempts: number }[]) => boolean) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const rows = await bridge.sql<{
        status: string;
        attempts: number;
        to_address: string;
        last_error: string | null;
      }>('SELECT status, attempts, to_address, last_error FROM email_outbox ORDER BY created_at');
      if (predicate(rows)) return rows;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('The outbox never reached the expected state');
  }

  it('delivers each notification e-mail once, retrying a refusal, and never twice', async () => {
    const sponsor = await bridge.signIn('sponsor@acme.test');
    const candidate = await bridge.signIn('candidate@acme.test');
    const { createOpportunity } = await bridge.data<{ createOpportunity: { id: string } }>(
      'mutation { createOpportunity(input: { kind: STRETCH_PROJECT, title: "Outbox project", description: "Mail", seats: 1, hoursPerWeek: 2, capabilityKeys: ["coaching"] }) { id } }',
      {},
      sponsor,
    );
    await bridge.data(
      'mutation($id: ID!) { publishOpportunity(id: $id) { id } }',
      { id: createOpportunity.id },
      sponsor,
    );
    // The first delivery attempt is refused by the server; the job queue retries it.
    refuseNext = 1;
    const { applyToOpportunity } = await bridge.data<{ applyToOpportunity: { id: string } }>(
      'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "Mail me") { id } }',
      { id: createOpportunity.id },
      candidate,
    );
    await waitForOutbox((outbox) => outbox.length === 1 && outbox[0].status === 'SENT');
    // The manager's consent reaches the candidate, and the application the sponsor.
    await bridge.data(
      'mutation($id: ID!) { decideConsent(applicationId: $id, approve: true) { id } }',
      { id: applyToOpportunity.id },
      await bridge.signIn('manager@acme.test'),
    );

    const everyone = ['candidate@acme.test', 'manager@acme.test', 'sponsor@acme.test'];
    const rows = await waitForOutbox(
      (outbox) => outbox.length === 3 && outbox.every((row) => row.status === 'SENT'),
    );
    expect(rows.map((row) => row.to_address).sort()).toEqual(everyone);
    expect(rows.reduce((sum, row) => sum + row.attempts, 0)).toBe(4);
    expect(rows.some((row) => row.last_error?.includes('Mailbox busy'))).toBe(true);
    expect(received.map((mail) => mail.to).sort()).toEqual(everyone);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(3);

    // A duplicate job for a sent message (a redelivered queue job, a second replica) sends nothing.
    const [sent] = await bridge.sql<{ organization_id: string; id: string }>(
      'SELECT organization_id, id FROM email_outbox LIMIT 1',
    );
    await bridge
      .provider(EmailDeliveryService)
      .deliver({ organizationId: sent.organization_id, emailId: sent.id });
    await bridge
      .provider(EmailDeliveryService)
      .deliver({ organizationId: sent.organization_id, emailId: sent.id });
    expect(received).toHaveLength(3);
  });

  it('sends the e-mails a crash left PENDING, and shows admins the ones cut off while SENDING', async () => {
    const [{ id: organizationId }] = await bridge.sql<{ id: string }>(
      "SELECT id FROM organization WHERE slug = 'acme'",
    );
    // As a crash leaves them: committed but never queued, and claimed but never confirmed sent.
    const [waiting, cutOff] = await bridge.sql<{ id: string }>(
      `INSERT INTO email_outbox (organization_id, id, to_address, subject, body, status, attempts, created_at)
       VALUES ($1, gen_random_uuid(), 'waiting@acme.test', 'Left pending', 'Body', 'PENDING', 0, now() - interval '1 hour'),
              ($1, gen_random_uuid(), 'cut-off@acme.test', 'Left sending', 'Body', 'SENDING', 1, now() - interval '1 hour')
       RETURNING id`,
      [organizationId],
    );
    const delivery = bridge.provider(EmailDeliveryService);
    await delivery.sweepWaiting(new Date(Date.now() - 60_000));
    // A second sweep (another replica, the next tick) sends nothing twice.
    await delivery.sweepWaiting(new Date(Date.now() - 60_000));
    await waitForOutbox(() => received.some((mail) => mail.to === 'waiting@acme.test'));
    const rows = await bridge.sql<{ id: string; status: string }>(
      'SELECT id, status FROM email_outbox WHERE id = ANY($1)',
      [[waiting.id, cutOff.id]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [waiting.id]: 'SENT',
      [cutOff.id]: 'SENDING',
    });
    expect(received.filter((mail) => mail.to === 'waiting@acme.test')).toHaveLength(1);
    expect(received.some((mail) => mail.to === 'cut-off@acme.test')).toBe(false);

    const { undeliveredEmails } = await bridge.data<{
      undeliveredEmails: { id: string; toAddress: string; status: string }[];
    }>('{ undeliveredEmails { id toAddress status } }', {}, await bridge.signIn('admin@acme.test'));
    expect(undeliveredEmails).toEqual([{ id: cutOff.id, toAddress: 'cut-off@acme.test', status: 'SENDING' }]);
  });

  it('writes nothing to the outbox when the action is rolled back', async () => {
    const before = await bridge.sql<{ count: string }>('SELECT count(*) FROM email_outbox');
    const candidate = await bridge.signIn('candidate@acme.test');
    const [closed] = await bridge.sql<{ id: string }>(
      "UPDATE opportunity SET status = 'CLOSED' WHERE title = 'Outbox project' RETURNING id",
    );
    const response = await bridge.graphql(
      'mutation($id: ID!) { applyToOpportunity(opportunityId: $id, motivation: "Again") { id } }',
      { id: closed.id },
      candidate,
    );
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await bridge.sql<{ count: string }>('SELECT count(*) FROM email_outbox')).toEqual(before);
  });
});
