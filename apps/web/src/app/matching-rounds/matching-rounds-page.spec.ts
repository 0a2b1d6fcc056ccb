import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { settle } from '../../testing/settle';
import { createBridgeCache } from '../core/apollo';
import { MatchingRoundsPage } from './matching-rounds-page';
import { RoundSetup } from './round-setup';

/** The set-up form has a spec of its own. */
@Component({ selector: 'bridge-round-setup', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class RoundSetupStub {}

const weights = {
  __typename: 'FitWeights',
  DEVELOPMENT: 0.5,
  SKILL: 0.2,
  INTEREST: 0.1,
  NEW_OBSERVER: 0.1,
  FAIR_ACCESS: 0.1,
};

describe('MatchingRoundsPage', () => {
  let fixture: ComponentFixture<MatchingRoundsPage>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MatchingRoundsPage, ApolloTestingModule],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createBridgeCache },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    })
      .overrideComponent(MatchingRoundsPage, {
        remove: { imports: [RoundSetup] },
        add: { imports: [RoundSetupStub] },
      })
      .compileComponents();
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(MatchingRoundsPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  it('lets HR set the organization’s matching weights below the rounds', async () => {
    controller.expectOne('MatchingRounds').flushData({
      matchingRounds: { __typename: 'MatchingRoundConnection', totalCount: 0, edges: [] },
    });
    controller.expectOne('OrganizationMatchingWeights').flushData({
      me: {
        __typename: 'Person',
        id: 'hr',
        organization: { __typename: 'Organization', id: 'org', matchingWeights: weights },
      },
    });
    await settle(fixture);
    expect(element.querySelector('.rounds')?.textContent).toContain('No round has been run yet');
    const card = element.querySelector('bridge-matching-weights-card');
    expect(card?.querySelector('h2')?.textContent).toContain('Matching weights');
    const development = Array.from(card?.querySelectorAll<HTMLInputElement>('input') ?? []).find((input) =>
      input.closest('mat-form-field')?.textContent?.includes('Development fit'),
    );
    expect(development?.value).toBe('0.5');
  });
});
