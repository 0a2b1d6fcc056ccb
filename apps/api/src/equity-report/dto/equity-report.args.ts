import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { OpportunityKind } from '@bridge/domain';
import { IsCalendarDate } from '../../common/calendar-date';

@InputType()
export class EquityReportFilterInput {
  @Field({ nullable: true, description: 'YYYY-MM-DD, included; defaults to twelve months before `to`.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, included; defaults to today (UTC).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @Field(() => OpportunityKind, {
    nullable: true,
    description: 'Only applications to this kind; both when absent.',
  })
  @IsOptional()
  @IsEnum(OpportunityKind)
  kind?: OpportunityKind;
}

@ArgsType()
export class EquityReportArgs {
  @Field(() => EquityReportFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EquityReportFilterInput)
  filter?: EquityReportFilterInput;
}
