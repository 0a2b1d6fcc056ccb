import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { PersonModel } from '../people/dto/person.model';
import { loaders } from '../loaders/loaders';
import { PeopleService } from '../people/people.service';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEventConnectionModel, AuditEventModel } from './dto/audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(
    private readonly auditLog: AuditLogService,
    private readonly people: PeopleService,
  ) {}

  @RequirePermission(Permission.ReadAuditLog)
  @Query(() => AuditEventConnectionModel, {
    name: 'auditLog',
    description: 'Sign-ins, role changes and imports, newest first.',
  })
  async readAuditLog(
    @CurrentActor() actor: Actor,
    @Args() { first, after }: AuditLogArgs,
  ): Promise<AuditEventConnectionModel> {
    const page = await this.auditLog.list(actor.organizationId, first, after);
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
    const person = await loaders
      .personById(requestContext, this.people, event.organizationId)
      .load(event.actorId);
    return person ? PersonModel.fromEntity(person) : null;
  }
}
