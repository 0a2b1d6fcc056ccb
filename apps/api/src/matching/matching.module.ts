import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { ConsentModule } from '../consent/consent.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { FrameworkModule } from '../framework/framework.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { Invitations } from './invitations.service';
import { MatchingFactsService } from './matching-facts.service';
import { MatchingPool } from './matching-pool.service';
import {
  InvitationFieldsResolver,
  MatchExplanationFieldsResolver,
  RecommendationsResolver,
  RecommendedCandidateFieldsResolver,
  RecommendedOpportunityFieldsResolver,
} from './recommendations.resolver';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [
    EligibilityModule,
    FrameworkModule,
    ConsentModule,
    OpportunitiesModule,
    OrganizationsModule,
    PeopleModule,
    NotificationsModule,
    AuditLogWriterModule,
  ],
  providers: [
    MatchingFactsService,
    MatchingPool,
    RecommendationsService,
    Invitations,
    RecommendationsResolver,
    RecommendedOpportunityFieldsResolver,
    RecommendedCandidateFieldsResolver,
    MatchExplanationFieldsResolver,
    InvitationFieldsResolver,
  ],
  exports: [MatchingFactsService],
})
export class MatchingModule {}
