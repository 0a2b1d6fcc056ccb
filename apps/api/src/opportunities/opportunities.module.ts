import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleModule } from '../people/people.module';
import { OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';

@Module({
  imports: [FrameworkModule, PeopleModule, OrgUnitsModule],
  providers: [OpportunitiesService, OpportunitiesResolver],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
