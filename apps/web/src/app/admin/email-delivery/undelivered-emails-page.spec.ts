import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../../testing/settle';
import { createBridgeCache } from '../../core/apollo';
import { UndeliveredEmailsPage } from './undelivered-emails-page';

const email = (id: string, status: 'FAILED' | 'SENDING', lastError: string | null) => ({
  __typename: 'UndeliveredEmail',
  id,
  toAddress: `${id}@acme.test`,
  subject: `Subject ${id}`,
  status,
  attempts: status === 'FAILED' ? 5 : 1,
  lastError,
  createdAt: '2026-12-01T09:30:00.000Z',
});

describe('UndeliveredEmailsPage', () => {
  let fixture: ComponentFixture<UndeliveredEmailsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [UndeliveredEmailsPage, ApolloTestingModule],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache }],
    }).compileComponents();
    fixture = TestBed.createComponent(UndeliveredEmailsPage);
    controller = TestBed.inject(ApolloTestingController);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  it('shows each undelivered e-mail with what happened to it', async () => {
    controller.expectOne('UndeliveredEmails').flushData({
      undeliveredEmails: [email('cut', 'SENDING', null), email('refused', 'FAILED', '550 Mailbox unknown')],
    });
    await settle(fixture);

    const [cut, refused] = Array.from(element.querySelectorAll<HTMLElement>('li.email'));
    expect(cut.querySelector('.subject')?.textContent).toBe('Subject cut');
    expect(cut.querySelector('.to')?.textContent).toContain('cut@acme.test');
    expect(cut.querySelector('.explanation')?.textContent).toContain(
      'it may have arrived, so it is not sent again',
    );
    expect(cut.querySelector('.last-error')).toBeNull();
    expect(refused.querySelector('.explanation')?.textContent).toContain('Refused by the mail server');
    expect(refused.querySelector('.last-error')?.textContent).toBe('550 Mailbox unknown');
  });

  it('says so when every e-mail went out', async () => {
    controller.expectOne('UndeliveredEmails').flushData({ undeliveredEmails: [] });
    await settle(fixture);

    expect(element.querySelectorAll('li.email')).toHaveLength(0);
    expect(element.querySelector('.empty')?.textContent).toContain('Every e-mail went out');
  });
});
