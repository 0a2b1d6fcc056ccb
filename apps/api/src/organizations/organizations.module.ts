import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './organization.entity';
import { AuthModule } from '../auth/auth.module';
import { PersonEntity } from '../people/person.entity';
import { OrganizationSetupService } from './organization-setup.service';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, PersonEntity]), AuthModule],
  providers: [OrganizationsService, OrganizationSetupService],
  exports: [OrganizationsService, OrganizationSetupService],
})
export class OrganizationsModule {}
