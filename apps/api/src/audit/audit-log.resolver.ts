import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequirePermission } from '../auth/auth.decorators';
import { PersonModel } from '../people/dto/person.model';
import { personByIdLoader } from '../people/people-loaders';
import { PeopleService } from '../people/people.service';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEventConnectionModel, AuditEventModel } from './dto/audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(
    private readonly events: AuditLogService,
    private readonly people: PeopleService,
  ) {}

  @RequirePermission(Permission.ReadAuditLog)
  @Query(() => AuditEventConnectionModel, {
    description: 'Sign-ins, role changes and imports, newest first.',
  })
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: AuditLogArgs,
  ): Promise<AuditEventConnectionModel> {
    const page = await this.events.list(actor.organizationId, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: AuditEventModel.fromEntity(edge.node) })),
    };
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who did it; null for the system.' })
  async actor(
    @Parent() event: AuditEventModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!event.actorId) return null;
    const person = await personByIdLoader(requestContext, this.people, event.organizationId).load(
      event.actorId,
    );
    return person ? PersonModel.fromEntity(person) : null;
  }
}
