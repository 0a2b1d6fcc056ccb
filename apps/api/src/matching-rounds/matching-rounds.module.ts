import { Module } from '@nestjs/common';
import { ApplicationRecordsModule } from '../applications/application-records.module';
import { ConsentModule } from '../consent/consent.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { MatchingModule } from '../matching/matching.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { PeopleModule } from '../people/people.module';
import { InterruptedRoundsJob } from './interrupted-rounds.job';
import { ApplicationRecommendationResolver, MatchProposalsResolver } from './match-proposals.resolver';
import { MatchProposalsService } from './match-proposals.service';
import { MatchingRoundRunner } from './matching-round-runner';
import { MatchingRoundsResolver } from './matching-rounds.resolver';
import { MatchingRoundsService } from './matching-rounds.service';
import { RoundSignals } from './round-signals';
import { RoundSolver } from './round-solver';

/** HR's matching rounds: the round, its background job on a worker thread, and accepting its proposals. */
@Module({
  imports: [
    MatchingModule,
    ApplicationRecordsModule,
    ConsentModule,
    EligibilityModule,
    OpportunitiesModule,
    PeopleModule,
  ],
  providers: [
    MatchingRoundsService,
    MatchingRoundRunner,
    MatchProposalsService,
    RoundSignals,
    RoundSolver,
    InterruptedRoundsJob,
    MatchingRoundsResolver,
    MatchProposalsResolver,
    ApplicationRecommendationResolver,
  ],
})
export class MatchingRoundsModule {}
