import { AuditEventEntity } from '../audit/audit-event.entity';
import { SignInThrottleEntity } from '../auth/sign-in-throttle.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrgUnitEntity } from '../org-units/org-unit.entity';
import { PeopleImportEntity } from '../people-import/people-import.entity';
import {
  FrameworkCapabilityEntity,
  FrameworkIndicatorEntity,
  FrameworkTransitionEntity,
} from '../framework/framework.entities';
import { ApplicationEntity } from '../applications/application.entity';
import { ConsentRequestEntity } from '../consent/consent-request.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { CandidateProfileEntity } from '../candidate-profiles/candidate-profile.entity';
import { EmailOutboxEntity, NotificationEntity } from '../notifications/notification.entities';
import { OpportunityEntity, SavedOpportunityEntity } from '../opportunities/opportunity.entity';
import { ObservationEntity } from '../observations/observation.entity';
import { ObservationRequestEntity } from '../observations/observation-request.entity';
import { PromotionReviewEntity } from '../promotion-reviews/promotion-review.entity';
import { PersonEntity } from '../people/person.entity';
import { InvitationEntity } from '../matching/invitation.entity';
import { CandidateRoundStreakEntity } from '../matching-rounds/candidate-round-streak.entity';
import { MatchProposalEntity } from '../matching-rounds/match-proposal.entity';
import { MatchingRoundEntity } from '../matching-rounds/matching-round.entity';
import { ReflectionEntity } from '../reflections/reflection.entity';
import { PasswordResetEntity } from '../passwords/password-reset.entity';
import { SessionEntity } from '../sessions/session.entity';

/** Listed by hand rather than globbed, so the webpack bundle and the tools see the same set. */
export const BRIDGE_ENTITIES = [
  OrganizationEntity,
  OrgUnitEntity,
  PersonEntity,
  PeopleImportEntity,
  SignInThrottleEntity,
  AuditEventEntity,
  SessionEntity,
  PasswordResetEntity,
  FrameworkCapabilityEntity,
  FrameworkIndicatorEntity,
  FrameworkTransitionEntity,
  CandidateProfileEntity,
  OpportunityEntity,
  SavedOpportunityEntity,
  ApplicationEntity,
  ConsentRequestEntity,
  PlacementEntity,
  NotificationEntity,
  EmailOutboxEntity,
  ObservationEntity,
  ObservationRequestEntity,
  PromotionReviewEntity,
  ReflectionEntity,
  InvitationEntity,
  MatchingRoundEntity,
  MatchProposalEntity,
  CandidateRoundStreakEntity,
];
