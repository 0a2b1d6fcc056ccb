import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class ImportPeopleArgs {
  @Field({ description: 'The CSV text as exported by the HR system (UTF-8, at most 20 MB).' })
  @IsString()
  csv!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Report what would change, change nothing.',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  fileName?: string | null;
}

@ArgsType()
export class PeopleImportArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  id!: string;
}

@ArgsType()
export class PeopleImportsArgs {
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(50)
  first = 10;
}
