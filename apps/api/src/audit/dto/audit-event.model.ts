import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/connection';
import type { AuditDetails, AuditEventEntity } from '../audit-event.entity';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({
    description: 'What kind of event: `sign-in`, `roles.changed`, `people.imported`, `password.changed`, …',
  })
  action!: string;

  @Field({ description: 'What happened, in a sentence.' })
  summary!: string;

  organizationId!: string;
  actorId!: string | null;

  static fromEntity(event: AuditEventEntity): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      id: event.id,
      occurredAt: event.occurredAt,
      action: event.action,
      summary: summarize(event),
      organizationId: event.organizationId,
      actorId: event.actorId,
    });
  }
}

function listRoles(roles: unknown): string {
  return Array.isArray(roles) && roles.length > 0 ? roles.join(', ') : 'no roles';
}

function describeFrameworkChange(details: AuditDetails): string {
  const capability = String(details['capabilityName']);
  switch (details['change']) {
    case 'capability':
      return `Changed the capability ${capability} in the leadership framework`;
    case 'new capability':
      return `Added the capability ${capability} to the leadership framework`;
    case 'changed indicator':
      return `Changed an indicator of ${capability} in the leadership framework`;
    case 'changed warning sign':
      return `Changed a warning sign of ${capability} in the leadership framework`;
    case 'retired indicator':
      return `Retired an indicator of ${capability} in the leadership framework`;
    case 'retired warning sign':
      return `Retired a warning sign of ${capability} in the leadership framework`;
    case 'transition': {
      const names = Array.isArray(details['capabilityNames']) ? details['capabilityNames'].join(', ') : '';
      return `Set what ${String(details['transitionName'])} needs in the leadership framework: ${names}`;
    }
    default:
      return `Added a ${String(details['change'])} to ${capability} in the leadership framework`;
  }
}

function summarize(event: AuditEventEntity): string {
  const details = event.details;
  switch (event.action) {
    case 'sign-in':
      return `Signed in${details['method'] ? ` with ${String(details['method'])}` : ''}`;
    case 'roles.changed':
      return `Changed the roles of ${String(details['subjectName'])} from ${listRoles(details['before'])} to ${listRoles(details['after'])}`;
    case 'signed-out-everywhere':
      return `Signed out everywhere (${Number(details['sessions'])} sessions)`;
    case 'password.changed':
      return 'Changed their password';
    case 'password.reset-issued':
      return `Issued a password reset link for ${String(details['subjectName'])}`;
    case 'password.reset':
      return 'Set a new password with a reset link';
    case 'framework.changed':
      return describeFrameworkChange(details);
    case 'promotion-review.opened':
      return `Opened a promotion review of ${String(details['candidateName'])} for ${String(details['transition'])} (readiness ${String(details['band'])}, ${Number(details['observations'])} observations frozen)`;
    case 'promotion-review.decided':
      return `Decided the promotion review of ${String(details['candidateName'])} for ${String(details['transition'])}: ${String(details['decision'])}`;
    case 'promotion-review.packet-downloaded':
      return `Downloaded the promotion review packet of ${String(details['candidateName'])}`;
    case 'invitation.sent':
      return `Invited ${String(details['candidateName'])} to apply to “${String(details['opportunityTitle'])}”`;
    case 'people.imported':
      return `Imported ${String(details['fileName'] ?? 'a file')}: ${Number(details['created'])} created, ${Number(details['updated'])} updated`;
  }
}

@ObjectType('AuditEventConnection')
export class AuditEventConnectionModel extends ConnectionType(AuditEventModel) {}
