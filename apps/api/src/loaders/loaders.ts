import type DataLoader from 'dataloader';
import type { Eligibility, EligibilityStage } from '@bridge/domain';
import type { ApplicationEntity } from '../applications/application.entity';
import type { ApplicationRecords } from '../applications/application-records.service';
import type { CandidateProfileEntity } from '../candidate-profiles/candidate-profile.entity';
import type { CandidateProfilesService } from '../candidate-profiles/candidate-profiles.service';
import type { ConsentRequestEntity } from '../consent/consent-request.entity';
import type { ConsentRequests } from '../consent/consent-requests.service';
import type { EligibilityQuestion, EligibilityService } from '../eligibility/eligibility.service';
import type { MatchProposalEntity } from '../matching-rounds/match-proposal.entity';
import type { MatchProposalsService } from '../matching-rounds/match-proposals.service';
import type { OpportunitiesService } from '../opportunities/opportunities.service';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';
import type { OrgUnitEntity } from '../org-units/org-unit.entity';
import type { OrgUnitsService } from '../org-units/org-units.service';
import type { OrganizationEntity } from '../organizations/organization.entity';
import type { OrganizationsService } from '../organizations/organizations.service';
import type { PeopleService } from '../people/people.service';
import type { PersonEntity } from '../people/person.entity';
import type { PlacementEntity } from '../placements/placement.entity';
import type { PlacementsService } from '../placements/placements.service';
import { byKeys, groupedByKeys, requestLoader } from './request-loader';

/**
 * Every per-request DataLoader of the API, declared once here: each names its cache (with the
 * tenant, and the person where the answer depends on who asks) and the service method that reads a
 * batch, so a page costs one query per kind whatever its length.
 */
export const loaders = {
  organizationById: (
    context: object,
    organizations: OrganizationsService,
  ): DataLoader<string, OrganizationEntity> =>
    requestLoader(context, 'organization.byId', (ids: readonly string[]) =>
      Promise.all(ids.map((id) => organizations.byId(id))),
    ),

  personById: (
    context: object,
    people: PeopleService,
    organizationId: string,
  ): DataLoader<string, PersonEntity | null> =>
    requestLoader(context, `person.byId:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await people.byIds(organizationId, ids), (row) => row.id),
    ),

  reportsByManager: (
    context: object,
    people: PeopleService,
    organizationId: string,
  ): DataLoader<string, PersonEntity[]> =>
    requestLoader(context, `person.reports:${organizationId}`, async (managerIds: readonly string[]) => {
      const byManager = await people.reportsOf(organizationId, managerIds);
      return managerIds.map((id): PersonEntity[] => byManager.get(id) ?? []);
    }),

  orgUnitById: (
    context: object,
    units: OrgUnitsService,
    organizationId: string,
  ): DataLoader<string, OrgUnitEntity | null> =>
    requestLoader(context, `orgUnit.byId:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await units.byIds(organizationId, ids), (row) => row.id),
    ),

  memberCountByUnit: (
    context: object,
    units: OrgUnitsService,
    organizationId: string,
  ): DataLoader<string, number> =>
    requestLoader(context, `orgUnit.memberCount:${organizationId}`, async (ids: readonly string[]) => {
      const counts = await units.memberCounts(organizationId, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),

  opportunityById: (
    context: object,
    opportunities: OpportunitiesService,
    organizationId: string,
  ): DataLoader<string, OpportunityEntity | null> =>
    requestLoader(context, `opportunity.byId:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await opportunities.byIds(organizationId, ids), (row) => row.id),
    ),

  savedByPerson: (
    context: object,
    opportunities: OpportunitiesService,
    organizationId: string,
    personId: string,
  ): DataLoader<string, boolean> =>
    requestLoader(
      context,
      `opportunity.saved:${organizationId}:${personId}`,
      async (ids: readonly string[]) => {
        const saved = await opportunities.savedAmong(organizationId, personId, ids);
        return ids.map((id) => saved.has(id));
      },
    ),

  candidateProfileByPerson: (
    context: object,
    profiles: CandidateProfilesService,
    organizationId: string,
  ): DataLoader<string, CandidateProfileEntity | null> =>
    requestLoader(context, `candidateProfile.byPerson:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await profiles.byPersonIds(organizationId, ids), (row) => row.personId),
    ),

  applicationById: (
    context: object,
    records: ApplicationRecords,
    organizationId: string,
  ): DataLoader<string, ApplicationEntity | null> =>
    requestLoader(context, `application.byId:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await records.byIds(organizationId, ids), (row) => row.id),
    ),

  /** The matching proposal each application came from, if it did. */
  matchProposalByApplicationId: (
    context: object,
    proposals: MatchProposalsService,
    organizationId: string,
  ): DataLoader<string, MatchProposalEntity | null> =>
    requestLoader(
      context,
      `matchProposal.byApplicationId:${organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await proposals.byApplicationIds(organizationId, ids), (row) => row.applicationId ?? ''),
    ),

  /** The person's latest application to each opportunity. */
  latestApplicationOf: (
    context: object,
    records: ApplicationRecords,
    organizationId: string,
    personId: string,
  ): DataLoader<string, ApplicationEntity | null> =>
    requestLoader(
      context,
      `application.latest:${organizationId}:${personId}`,
      async (ids: readonly string[]) => {
        const latest = await records.latestOfCandidate(organizationId, personId, ids);
        return ids.map((id) => latest.get(id) ?? null);
      },
    ),

  applicantCountByOpportunity: (
    context: object,
    records: ApplicationRecords,
    organizationId: string,
  ): DataLoader<string, number> =>
    requestLoader(context, `application.count:${organizationId}`, async (ids: readonly string[]) => {
      const counts = await records.applicantCounts(organizationId, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),

  consentRequestsByApplication: (
    context: object,
    consent: ConsentRequests,
    organizationId: string,
  ): DataLoader<string, ConsentRequestEntity[]> =>
    requestLoader(context, `consentRequest.byApplication:${organizationId}`, async (ids: readonly string[]) =>
      groupedByKeys(ids, await consent.ofApplications(organizationId, ids), (row) => row.applicationId),
    ),

  placementById: (
    context: object,
    placements: PlacementsService,
    organizationId: string,
  ): DataLoader<string, PlacementEntity | null> =>
    requestLoader(context, `placement.byId:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await placements.byIds(organizationId, ids), (row) => row.id),
    ),

  placementByApplication: (
    context: object,
    placements: PlacementsService,
    organizationId: string,
  ): DataLoader<string, PlacementEntity | null> =>
    requestLoader(context, `placement.byApplication:${organizationId}`, async (ids: readonly string[]) =>
      byKeys(ids, await placements.ofApplications(organizationId, ids), (row) => row.applicationId),
    ),

  placementsByOpportunity: (
    context: object,
    placements: PlacementsService,
    organizationId: string,
  ): DataLoader<string, PlacementEntity[]> =>
    requestLoader(context, `placement.byOpportunity:${organizationId}`, async (ids: readonly string[]) =>
      groupedByKeys(ids, await placements.ofOpportunities(organizationId, ids), (row) => row.opportunityId),
    ),

  /** The rule core's answer for candidate–opportunity pairs, keyed `candidateId:opportunityId`. */
  eligibility: (
    context: object,
    service: EligibilityService,
    organizationId: string,
    stage: EligibilityStage,
  ): DataLoader<EligibilityQuestion, Eligibility, string> =>
    requestLoader(
      context,
      `eligibility:${organizationId}:${stage}`,
      (questions: readonly EligibilityQuestion[]) => service.evaluate(organizationId, questions, stage),
      (question) => `${question.candidateId}:${question.opportunity.id}`,
    ),
};
