import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EQUITY_SUPPRESSION_THRESHOLD, equityPeriod, FOUR_FIFTHS, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { BadUserInputError } from '../common/bridge-errors';
import { todayUtc } from '../common/calendar-date';
import { EquityReportArgs } from './dto/equity-report.args';
import { EquityReportModel } from './dto/equity-report.model';
import { equityReportCsv } from './equity-report-csv';
import { EquityReportService } from './equity-report.service';

@Resolver(() => EquityReportModel)
export class EquityReportResolver {
  constructor(private readonly equity: EquityReportService) {}

  @RequirePermission(Permission.ReadEquityReport)
  @Query(() => EquityReportModel, {
    description:
      'Who applied for, was offered and was placed in stretch work, by function, location, level and sponsor, as rates against the eligible population; small groups suppressed (HR).',
  })
  async equityReport(
    @CurrentActor() actor: Actor,
    @Args() { filter }: EquityReportArgs,
  ): Promise<EquityReportModel> {
    const period = equityPeriod({ from: filter?.from, to: filter?.to }, todayUtc());
    if ('field' in period) throw new BadUserInputError(`filter.${period.field}`, period.message);
    const kind = filter?.kind ?? null;
    return {
      ...period,
      kind,
      suppressionThreshold: EQUITY_SUPPRESSION_THRESHOLD,
      fourFifths: FOUR_FIFTHS,
      dimensions: await this.equity.report(actor.organizationId, period, kind),
    };
  }

  @ResolveField(() => String, {
    description: 'The same report as CSV text (RFC 4180), formula-like cells defused, for a spreadsheet.',
  })
  csv(@Parent() report: EquityReportModel): string {
    return equityReportCsv(report.dimensions);
  }
}
