import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ServiceStatus } from './service-status';

@Global()
@Module({ controllers: [HealthController], providers: [ServiceStatus], exports: [ServiceStatus] })
export class HealthModule {}
