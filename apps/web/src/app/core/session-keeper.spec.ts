import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Role } from '@bridge/domain';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { MeDocument } from '../graphql/generated';
import { provideBridgeApollo } from './apollo';
import { Session } from './session';
import { SessionKeeper } from './session-keeper';

const ME = {
  __typename: 'Person',
  id: 'p1',
  name: 'Priya Raman',
  email: 'admin@acme.test',
  title: 'People Ops Lead',
  roles: [Role.ADMIN],
  organization: { __typename: 'Organization', id: 'o1', name: 'Acme' },
};
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const UNAUTHENTICATED = {
  errors: [{ message: 'Your session has expired.', extensions: { code: 'UNAUTHENTICATED' } }],
};

/** The real link chain (renewal, token, HTTP) against a fake server, to see what each request carries. */
describe('Session renewal', () => {
  let http: HttpTestingController;
  let session: Session;
  let apollo: Apollo;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideBridgeApollo()],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    apollo = TestBed.inject(Apollo);
    session.start({ token: 'old-token', expiresAt: inAnHour(), refreshToken: 'refresh-1', me: ME });
  });

  afterEach(() => http.verify());

  const arrived = () => new Promise((resolve) => setTimeout(resolve, 0));

  async function requests(operationName: string, count = 1): Promise<TestRequest[]> {
    await arrived();
    const found = http.match(
      (request) => (request.body as { operationName?: string }).operationName === operationName,
    );
    expect(found).toHaveLength(count);
    return found;
  }

  const authorization = (request: TestRequest) => request.request.headers.get('Authorization');
  const askMe = () => firstValueFrom(apollo.query({ query: MeDocument, fetchPolicy: 'network-only' }));

  it('renews a refused token once and sends the operation again with the new token', async () => {
    const me = askMe();
    const [refused] = await requests('Me');
    expect(authorization(refused)).toBe('Bearer old-token');
    refused.flush(UNAUTHENTICATED);

    const [renewal] = await requests('RefreshSession');
    expect(renewal.request.body).toMatchObject({ variables: { refreshToken: 'refresh-1' } });
    expect(authorization(renewal)).toBeNull();
    renewal.flush({
      data: {
        refreshSession: {
          __typename: 'AuthPayload',
          token: 'new-token',
          expiresAt: inAnHour(),
          refreshToken: 'refresh-2',
          me: ME,
        },
      },
    });

    const [retried] = await requests('Me');
    expect(authorization(retried)).toBe('Bearer new-token');
    retried.flush({ data: { me: ME } });

    expect((await me).data?.me.name).toBe('Priya Raman');
    expect(session.token()).toBe('new-token');
    expect(session.refreshToken()).toBe('refresh-2');
  });

  it('trades the refresh token once when several operations are refused at the same time', async () => {
    const first = askMe();
    const second = firstValueFrom(
      apollo.query({
        query: MeDocument,
        fetchPolicy: 'network-only',
        context: { queryDeduplication: false },
      }),
    );
    const refused = await requests('Me', 2);
    refused.forEach((request) => request.flush(UNAUTHENTICATED));

    const [renewal] = await requests('RefreshSession');
    renewal.flush({
      data: {
        refreshSession: {
          __typename: 'AuthPayload',
          token: 'new-token',
          expiresAt: inAnHour(),
          refreshToken: 'refresh-2',
          me: ME,
        },
      },
    });

    const retried = await requests('Me', 2);
    expect(retried.map(authorization)).toEqual(['Bearer new-token', 'Bearer new-token']);
    retried.forEach((request) => request.flush({ data: { me: ME } }));
    await Promise.all([first, second]);
  });

  it('gives up when the renewal is refused: the session ends and the person is sent to sign in', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const me = askMe();
    (await requests('Me'))[0].flush(UNAUTHENTICATED);

    (await requests('RefreshSession'))[0].flush({
      errors: [
        { message: 'Your session has ended. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });

    // Leaving clears Apollo's store, which abandons the operation still waiting.
    await expect(me).rejects.toThrow();
    expect(session.isSignedIn()).toBe(false);
    expect(localStorage.getItem('bridge.session')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { reason: 'expired' } });
    await requests('Me', 0);
  });

  it('renews on its own shortly before the token expires', async () => {
    session.start({
      token: 'old-token',
      expiresAt: new Date(Date.now() + 30_000).toISOString(),
      refreshToken: 'refresh-1',
      me: ME,
    });
    TestBed.inject(SessionKeeper);
    TestBed.tick();

    const [renewal] = await requests('RefreshSession');
    expect(renewal.request.body).toMatchObject({ variables: { refreshToken: 'refresh-1' } });
    renewal.flush({
      data: {
        refreshSession: {
          __typename: 'AuthPayload',
          token: 'new-token',
          expiresAt: inAnHour(),
          refreshToken: 'refresh-2',
          me: ME,
        },
      },
    });
    await arrived();

    expect(session.token()).toBe('new-token');
  });

  it('takes over tokens another tab renewed instead of trading the spent refresh token', async () => {
    const me = askMe();
    const [refused] = await requests('Me');
    const renewedElsewhere = {
      token: 'other-tab-token',
      expiresAt: inAnHour(),
      refreshToken: 'refresh-2',
      person: ME,
    };
    localStorage.setItem('bridge.session', JSON.stringify(renewedElsewhere));
    refused.flush(UNAUTHENTICATED);

    const [retried] = await requests('Me');
    expect(authorization(retried)).toBe('Bearer other-tab-token');
    retried.flush({ data: { me: ME } });
    await me;
    await requests('RefreshSession', 0);
  });
});
