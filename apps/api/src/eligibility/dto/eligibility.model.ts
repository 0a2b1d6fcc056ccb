import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Eligibility, EligibilityProblem } from '@bridge/domain';
import { ErrorReason } from '../../common/error-reason.enum';

@ObjectType('EligibilityProblem', {
  description: 'One reason a candidate may not take an opportunity, or a warning about a later step.',
})
export class EligibilityProblemModel {
  @Field(() => ErrorReason)
  reason!: ErrorReason;

  @Field({ description: 'False for a warning: it does not stop this step, but would stop a later one.' })
  blocking!: boolean;

  @Field({ description: 'In words for whoever asks: "you" for the candidate, their name for anyone else.' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'For capacity and seats: the limit.' })
  limit!: number | null;

  @Field(() => Int, { nullable: true, description: 'For capacity and seats: what is in use.' })
  inUse!: number | null;

  @Field(() => Int, { nullable: true, description: 'For capacity and seats: what this opportunity needs.' })
  needed!: number | null;
}

@ObjectType('Eligibility', {
  description: "The rule core's answer: whether the candidate may take this step, and every reason why not.",
})
export class EligibilityModel {
  @Field()
  eligible!: boolean;

  @Field(() => [EligibilityProblemModel], { description: 'Blocking problems first, then warnings.' })
  problems!: EligibilityProblemModel[];

  /** Words for the candidate themself, or about them for anyone else. */
  static of(result: Eligibility, forCandidate: boolean): EligibilityModel {
    return {
      eligible: result.eligible,
      problems: result.problems.map((problem: EligibilityProblem) => ({
        reason: problem.reason,
        blocking: problem.blocking,
        message: forCandidate ? problem.message : problem.messageAbout,
        limit: problem.limit ?? null,
        inUse: problem.inUse ?? null,
        needed: problem.needed ?? null,
      })),
    };
  }
}
