import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { PeopleModule } from '../people/people.module';
import { PlacementsModule } from '../placements/placements.module';
import { ReflectionsResolver } from './reflections.resolver';
import { ReflectionsService } from './reflections.service';

@Module({
  imports: [FrameworkModule, PeopleModule, PlacementsModule],
  providers: [ReflectionsService, ReflectionsResolver],
})
export class ReflectionsModule {}
