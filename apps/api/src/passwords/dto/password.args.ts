import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters, not the e-mail address.' })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

@ArgsType()
export class PasswordResetLinkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'is not a valid id' })
  personId!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token from the reset link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  token!: string;

  @Field({ description: 'At least 12 characters, not the e-mail address.' })
  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}
