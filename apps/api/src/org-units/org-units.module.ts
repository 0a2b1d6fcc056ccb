import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonEntity } from '../people/person.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { OrgUnitsResolver } from './org-units.resolver';
import { OrgUnitsService } from './org-units.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrgUnitEntity, PersonEntity])],
  providers: [OrgUnitsService, OrgUnitsResolver],
  exports: [OrgUnitsService],
})
export class OrgUnitsModule {}
