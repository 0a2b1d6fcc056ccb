import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ApplicationEntity } from '../applications/application.entity';
import { ObservationRequestEntity } from '../observations/observation-request.entity';
import { ObservationEntity } from '../observations/observation.entity';
import { OpportunityEntity, SavedOpportunityEntity } from '../opportunities/opportunity.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { EvidencePerson, planDemoEvidence } from './demo-evidence';
import { HistoryPerson, planDemoHistory } from './demo-history';

const PEOPLE = `
  SELECT p.id, p.email, p.name, p.title, p.roles, p.manager_id AS "managerId", p.unit_id AS "unitId",
         p.location, u.name AS "unitName", cp.target_transition AS "targetTransition"
  FROM person p
  LEFT JOIN org_unit u ON u.organization_id = p.organization_id AND u.id = p.unit_id
  LEFT JOIN candidate_profile cp ON cp.organization_id = p.organization_id AND cp.person_id = p.id
  WHERE p.organization_id = $1 AND p.active
  ORDER BY p.employee_id`;

/**
 * Seeds the demo evidence (demo-evidence.ts) and the marketplace's past (demo-history.ts) into an
 * organization that has no evidence yet: no observation and no request for evidence. Returns how many
 * observations it wrote, 0 when it left the organization alone, so starting the demo again never
 * duplicates anything nor mixes with evidence people recorded.
 */
export async function seedDemoEvidence(
  manager: EntityManager,
  organizationId: string,
  today: Date = new Date(),
): Promise<number> {
  const [{ existing }] = await manager.query<{ existing: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM observation WHERE organization_id = $1)
         OR EXISTS (SELECT 1 FROM observation_request WHERE organization_id = $1) AS existing`,
    [organizationId],
  );
  if (existing) return 0;
  const people = await manager.query<(EvidencePerson & HistoryPerson)[]>(PEOPLE, [organizationId]);
  const plan = planDemoEvidence({ organizationId, people, today, newId: randomUUID });
  const open = await manager.query<{ id: string }[]>(
    `SELECT id FROM opportunity WHERE organization_id = $1 AND status = 'OPEN' ORDER BY created_at, id`,
    [organizationId],
  );
  // The marketplace's past, around the candidates the evidence is about.
  const history = planDemoHistory({
    organizationId,
    people,
    openOpportunityIds: open.map((opportunity) => opportunity.id),
    spared: new Set(plan.observations.map((observation) => observation.candidateId)),
    today,
    newId: randomUUID,
  });
  // In the order of their foreign keys.
  const opportunities = [...plan.opportunities, ...history.opportunities];
  const applications = [...plan.applications, ...history.applications];
  const placements = [...plan.placements, ...history.placements];
  if (opportunities.length) await manager.insert(OpportunityEntity, opportunities);
  if (applications.length) await manager.insert(ApplicationEntity, applications);
  if (placements.length) await manager.insert(PlacementEntity, placements);
  if (history.saved.length) await manager.insert(SavedOpportunityEntity, history.saved);
  if (plan.observations.length) await manager.insert(ObservationEntity, plan.observations);
  if (plan.requests.length) await manager.insert(ObservationRequestEntity, plan.requests);
  return plan.observations.length;
}
