import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PEOPLE_LIMITS, Role } from '@bridge/domain';

@InputType()
export class PeopleFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches name, e-mail, title or employee id.' })
  @IsOptional()
  @IsString()
  @MaxLength(PEOPLE_LIMITS.maxSearchLength)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'People in this unit or any unit inside it.' })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "A manager's direct reports." })
  @IsOptional()
  @IsUUID('all', { message: 'is not a valid id' })
  managerId?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeInactive?: boolean | null;
}

@ArgsType()
export class PeopleArgs {
  @Field(() => PeopleFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleFilterInput)
  filter?: PeopleFilterInput | null;

  @Field(() => Int, { defaultValue: 20, description: `At most ${PEOPLE_LIMITS.maxPageSize}.` })
  @IsInt()
  @Min(1)
  @Max(PEOPLE_LIMITS.maxPageSize)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@ArgsType()
export class SetPersonRolesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  personId!: string;

  @Field(() => [Role], {
    description: 'The complete set of roles the person will hold; manager is derived, not granted.',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}
