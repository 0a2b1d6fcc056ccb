import { Module } from '@nestjs/common';
import { EquityReportResolver } from './equity-report.resolver';
import { EquityReportService } from './equity-report.service';

@Module({ providers: [EquityReportService, EquityReportResolver] })
export class EquityReportModule {}
