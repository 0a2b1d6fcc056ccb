import { Injectable } from '@nestjs/common';
import { ApplicationStatus, can, ConsentStatus, Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { ApplicationRecords } from '../applications/application-records.service';
import { ConsentRequests } from '../consent/consent-requests.service';
import { ObservationRequestModel } from '../observations/dto/observation.model';
import { ObservationRequestsService } from '../observations/observation-requests.service';
import { OpportunitiesService } from '../opportunities/opportunities.service';
import { PlacementsService } from '../placements/placements.service';
import { HOME_OBSERVATION_REQUESTS, type HomeModel } from './dto/home.model';

/** Everything waiting for one person, in a handful of queries whatever their roles. */
@Injectable()
export class HomeService {
  constructor(
    private readonly consent: ConsentRequests,
    private readonly applicationRecords: ApplicationRecords,
    private readonly opportunities: OpportunitiesService,
    private readonly placements: PlacementsService,
    private readonly observationRequests: ObservationRequestsService,
  ) {}

  async of(actor: Actor): Promise<HomeModel> {
    const now = new Date();
    const { organizationId, personId } = actor;
    // One after another: they share the request's transaction, a single connection.
    const consentRequests = await this.consent.addressedTo(actor, true);
    const applications = await this.applicationRecords.ofCandidate(organizationId, personId);
    const sponsored = await this.opportunities.openSponsoredBy(organizationId, personId);
    const placements = await this.placements.activeOf(organizationId, personId);
    const overdueInOrganization = can(actor, Permission.ReadConsentStatistics)
      ? await this.consent.overdueCount(organizationId, now)
      : null;
    const observationRequests = await this.observationRequests.waitingFor(actor);
    const waiting = await this.applicationRecords.awaitingSponsor(
      organizationId,
      sponsored.map((opportunity) => opportunity.id),
    );
    return {
      consentRequests,
      overdueConsentRequests: consentRequests.filter(
        (request) => request.status === ConsentStatus.PENDING && request.dueAt <= now,
      ).length,
      offers: applications.filter((application) => application.status === ApplicationStatus.OFFERED),
      applicantsToReview: sponsored
        .map((opportunity) => ({ opportunity, waiting: waiting.get(opportunity.id) ?? 0 }))
        .filter((row) => row.waiting > 0),
      placements,
      observationRequests: observationRequests
        .slice(0, HOME_OBSERVATION_REQUESTS)
        .map((request) => ObservationRequestModel.fromEntity(request)),
      observationRequestsWaiting: observationRequests.length,
      overdueConsentRequestsInOrganization: overdueInOrganization,
    };
  }
}
