import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { UnreadNotificationCountChangedDocument } from '../graphql/generated';
import { provideBridgeApollo, REFUSED_TOKEN_CLOSE_CODE, RESTART_CLOSE_CODE } from './apollo';
import { Session } from './session';
import { SessionKeeper } from './session-keeper';

/** Stands in for the browser's WebSocket, to see what graphql-ws sends and to answer as the API would. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static opened: FakeSocket[] = [];

  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  readyState = FakeSocket.CONNECTING;
  closedWith: number | null = null;
  readonly sent: { type: string; id?: string; payload?: unknown }[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeSocket.opened.push(this);
  }

  send(message: string): void {
    this.sent.push(JSON.parse(message));
  }

  close(code: number, reason: string): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.closedWith = code;
    this.onclose?.({ code, reason, wasClean: true });
  }

  accept(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }

  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

const ME = {
  id: 'p1',
  name: 'Morgan Manager',
  email: 'manager@acme.test',
  title: null,
  roles: [Role.CANDIDATE],
  organization: { id: 'o1', name: 'Acme' },
};
const grant = (token: string) => ({
  token,
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  refreshToken: `refresh-${token}`,
  me: ME,
});

describe('Live updates over graphql-ws', () => {
  const browserWebSocket = globalThis.WebSocket;
  let session: Session;
  let renew: jest.Mock<Promise<boolean>, [string | null]>;
  let counts: number[];
  let failed: boolean;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    FakeSocket.opened = [];
    globalThis.WebSocket = FakeSocket as unknown as typeof WebSocket;
    localStorage.clear();
    renew = jest.fn<Promise<boolean>, [string | null]>();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideBridgeApollo(),
        { provide: SessionKeeper, useValue: { renew } },
      ],
    });
    session = TestBed.inject(Session);
    session.start(grant('token-1'));
    counts = [];
    failed = false;
    TestBed.inject(Apollo)
      .subscribe({ query: UnreadNotificationCountChangedDocument })
      .subscribe({
        // Apollo Client reports a subscription's end by error in the result rather than by erroring.
        next: ({ data, error }) => {
          if (data) counts.push(data.unreadNotificationCountChanged);
          if (error) failed = true;
        },
        error: () => (failed = true),
      });
  });

  afterEach(() => {
    TestBed.resetTestingModule();
    globalThis.WebSocket = browserWebSocket;
    jest.useRealTimers();
  });

  const settled = () => jest.advanceTimersByTimeAsync(0);
  const latestSocket = () => FakeSocket.opened[FakeSocket.opened.length - 1];

  /** Opens the newest socket as the API would and returns what the client sent first. */
  async function connect(): Promise<{ type: string; payload?: unknown }> {
    await settled();
    const socket = latestSocket();
    socket.accept();
    await settled();
    socket.receive({ type: 'connection_ack' });
    await settled();
    return socket.sent[0];
  }

  function subscriptionId(socket: FakeSocket): string {
    const subscribe = socket.sent.find((message) => message.type === 'subscribe');
    if (!subscribe?.id) throw new Error('nothing subscribed');
    return subscribe.id;
  }

  it('connects only for a subscription, with the token of that moment, and delivers the count', async () => {
    const init = await connect();

    expect(FakeSocket.opened).toHaveLength(1);
    expect(latestSocket().url).toBe('ws://localhost/graphql');
    expect(latestSocket().protocol).toBe('graphql-transport-ws');
    expect(init).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer token-1' } });

    latestSocket().receive({
      id: subscriptionId(latestSocket()),
      type: 'next',
      payload: { data: { unreadNotificationCountChanged: 3 } },
    });
    await settled();
    expect(counts).toEqual([3]);
  });

  it('opens the connection again with the renewed token and subscribes again', async () => {
    await connect();
    const first = latestSocket();

    session.start(grant('token-2'));
    TestBed.tick();
    expect(first.closedWith).toBe(RESTART_CLOSE_CODE);

    await jest.advanceTimersByTimeAsync(1_000);
    const init = await connect();
    expect(FakeSocket.opened).toHaveLength(2);
    expect(init).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer token-2' } });
    latestSocket().receive({
      id: subscriptionId(latestSocket()),
      type: 'next',
      payload: { data: { unreadNotificationCountChanged: 5 } },
    });
    await settled();
    expect(counts).toEqual([5]);
    expect(failed).toBe(false);
  });

  it('renews a refused token before trying again', async () => {
    renew.mockImplementation(async () => {
      session.start(grant('token-2'));
      return true;
    });
    await settled();
    latestSocket().accept();
    await settled();
    latestSocket().close(REFUSED_TOKEN_CLOSE_CODE, 'Forbidden');
    await settled();

    expect(renew).toHaveBeenCalledWith('token-1');
    await jest.advanceTimersByTimeAsync(1_000);
    const init = await connect();
    expect(init).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer token-2' } });
  });

  it('stops once signed out', async () => {
    await connect();

    session.end();
    TestBed.tick();
    await jest.advanceTimersByTimeAsync(60_000);

    expect(FakeSocket.opened).toHaveLength(1);
    expect(latestSocket().closedWith).toBe(RESTART_CLOSE_CODE);
    expect(failed).toBe(true);
  });
});
