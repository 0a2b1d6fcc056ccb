import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../auth/auth.decorators';
import { CandidateProfilesService } from './candidate-profiles.service';
import {
  CandidateProfileArgs,
  CandidateProfileModel,
  UpdateCandidateProfileArgs,
} from './dto/candidate-profile.models';

@Resolver(() => CandidateProfileModel)
export class CandidateProfilesResolver {
  constructor(private readonly profiles: CandidateProfilesService) {}

  @SignedIn()
  @Query(() => CandidateProfileModel, {
    nullable: true,
    description: "The signed-in person's candidate profile, if they have one.",
  })
  myCandidateProfile(@CurrentActor() actor: Actor): Promise<CandidateProfileModel | null> {
    return this.profiles.mine(actor);
  }

  @SignedIn()
  @Query(() => CandidateProfileModel, {
    nullable: true,
    description: "A candidate's profile: for the candidate, their manager, sponsors and HR.",
  })
  candidateProfile(
    @CurrentActor() actor: Actor,
    @Args() { personId }: CandidateProfileArgs,
  ): Promise<CandidateProfileModel | null> {
    return this.profiles.forViewer(actor, personId);
  }

  @RequirePermission(Permission.ApplyToOpportunities)
  @Mutation(() => CandidateProfileModel, {
    description: "Creates or replaces the signed-in candidate's profile.",
  })
  updateCandidateProfile(
    @CurrentActor() actor: Actor,
    @Args() { input }: UpdateCandidateProfileArgs,
  ): Promise<CandidateProfileModel> {
    return this.profiles.update(actor, input);
  }
}
