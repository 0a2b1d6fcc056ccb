import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { FrameworkModule } from '../framework/framework.module';
import { MatchingFactsService } from './matching-facts.service';

@Module({
  imports: [EligibilityModule, FrameworkModule, ConsentModule],
  providers: [MatchingFactsService],
  exports: [MatchingFactsService],
})
export class MatchingModule {}
