import { Module } from '@nestjs/common';
import { ApplicationRecords } from './application-records.service';

/** The application rows and their state machine, for the lifecycle, consent and closing opportunities. */
@Module({
  providers: [ApplicationRecords],
  exports: [ApplicationRecords],
})
export class ApplicationRecordsModule {}
