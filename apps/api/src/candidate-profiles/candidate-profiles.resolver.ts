import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { freeCapacity, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { CandidateProfilesService } from './candidate-profiles.service';
import { CandidateProfileArgs, UpdateCandidateProfileArgs } from './dto/candidate-profile.args';
import { CandidateProfileModel } from './dto/candidate-profile.model';

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

  @ResolveField(() => Int, { description: 'Hours a week not yet committed to placements.' })
  freeHours(@Parent() profile: CandidateProfileModel): number {
    return freeCapacity(profile).hours;
  }

  @ResolveField(() => Int, { description: 'Projects the candidate could still take on at once.' })
  freeProjects(@Parent() profile: CandidateProfileModel): number {
    return freeCapacity(profile).projects;
  }

  @ResolveField(() => Int, { description: 'Mentees the candidate could still take on at once.' })
  freeMentees(@Parent() profile: CandidateProfileModel): number {
    return freeCapacity(profile).mentees;
  }
}
