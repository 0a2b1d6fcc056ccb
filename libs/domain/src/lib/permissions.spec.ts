import fc from 'fast-check';
import { ErrorReason } from './error-reasons';
import { can, decide, Permission } from './permissions';
import { ALL_ROLES, Role } from './roles';

describe('permissions', () => {
  const admin = { personId: 'a', roles: [Role.ADMIN] };
  const hr = { personId: 'h', roles: [Role.HR] };

  it('lets everyone read the directory and only admins import, change roles or read the audit log', () => {
    expect(can({ personId: 'x', roles: [] }, Permission.ReadDirectory)).toBe(true);
    for (const permission of [
      Permission.ImportPeople,
      Permission.ChangeRoles,
      Permission.ReadAuditLog,
      Permission.ResetPasswords,
      Permission.EditFramework,
    ]) {
      expect(can(admin, permission)).toBe(true);
      expect(can(hr, permission)).toBe(false);
    }
  });

  it('keeps an admin from removing their own admin role, not from changing others', () => {
    const self = { kind: 'person' as const, personId: 'a', newRoles: [Role.HR] };
    expect(decide(admin, Permission.ChangeRoles, self)).toEqual({
      allowed: false,
      reason: ErrorReason.OWN_ADMIN_ROLE,
      message: 'You cannot remove your own admin role; ask another admin.',
    });
    expect(can(admin, Permission.ChangeRoles, { ...self, newRoles: [Role.ADMIN, Role.HR] })).toBe(true);
    expect(can(admin, Permission.ChangeRoles, { kind: 'person', personId: 'b', newRoles: [] })).toBe(true);
  });

  it('never grants an admin-only permission without the admin role (property)', () => {
    const withoutAdmin = fc.subarray(ALL_ROLES.filter((role) => role !== Role.ADMIN));
    fc.assert(
      fc.property(
        withoutAdmin,
        fc.constantFrom(
          Permission.ImportPeople,
          Permission.ChangeRoles,
          Permission.ReadAuditLog,
          Permission.ResetPasswords,
          Permission.EditFramework,
        ),
        (roles, permission) => {
          expect(can({ personId: 'p', roles }, permission)).toBe(false);
        },
      ),
    );
  });

  it('leaves an opportunity to its sponsor or HR, and a consent request to the person asked', () => {
    const sponsor = { personId: 's', roles: [Role.SPONSOR] };
    const mine = { kind: 'opportunity' as const, sponsorId: 's' };
    expect(can(sponsor, Permission.ManageOpportunity, mine)).toBe(true);
    expect(can(sponsor, Permission.ManageOpportunity, { kind: 'opportunity', sponsorId: 'other' })).toBe(
      false,
    );
    expect(can(hr, Permission.ManageOpportunity, mine)).toBe(true);
    expect(can(admin, Permission.ManageOpportunity, mine)).toBe(false);
    expect(can(sponsor, Permission.DecideConsent, { kind: 'consentRequest', approverId: 's' })).toBe(true);
    expect(can(hr, Permission.DecideConsent, { kind: 'consentRequest', approverId: 's' })).toBe(false);
    expect(can(hr, Permission.DecideConsent)).toBe(false);
  });

  it('shows an application to its sponsor only once it has reached them, and always to the candidate and the managers asked', () => {
    const sponsor = { personId: 's', roles: [Role.SPONSOR] };
    const application = {
      kind: 'application' as const,
      candidateId: 'c',
      sponsorId: 's',
      reachedSponsor: false,
      askedForConsent: false,
    };
    expect(can(sponsor, Permission.ReadApplication, application)).toBe(false);
    expect(can(hr, Permission.ReadApplication, application)).toBe(false);
    expect(can({ personId: 'c', roles: [Role.CANDIDATE] }, Permission.ReadApplication, application)).toBe(
      true,
    );
    expect(
      can({ personId: 'm', roles: [] }, Permission.ReadApplication, {
        ...application,
        askedForConsent: true,
      }),
    ).toBe(true);
    expect(can(sponsor, Permission.ReadApplication, { ...application, reachedSponsor: true })).toBe(true);
    expect(can(hr, Permission.ReadApplication, { ...application, reachedSponsor: true })).toBe(true);
    expect(
      can({ personId: 'other', roles: [Role.SPONSOR] }, Permission.ReadApplication, {
        ...application,
        reachedSponsor: true,
      }),
    ).toBe(false);
  });

  it('lets only HR manage any opportunity (and so see every draft) when no opportunity is named', () => {
    expect(can(hr, Permission.ManageOpportunity)).toBe(true);
    expect(can({ personId: 's', roles: [Role.SPONSOR] }, Permission.ManageOpportunity)).toBe(false);
    expect(decide({ personId: 's', roles: [Role.SPONSOR] }, Permission.ManageOpportunity)).toMatchObject({
      allowed: false,
      reason: ErrorReason.NOT_SPONSOR,
    });
  });

  it("shows a candidate's profile to the candidate, their manager, sponsors and HR only", () => {
    const profile = { kind: 'candidateProfile' as const, personId: 'c', managerId: 'm' };
    expect(can({ personId: 'c', roles: [Role.CANDIDATE] }, Permission.ReadCandidateProfile, profile)).toBe(
      true,
    );
    expect(can({ personId: 'm', roles: [] }, Permission.ReadCandidateProfile, profile)).toBe(true);
    expect(can({ personId: 's', roles: [Role.SPONSOR] }, Permission.ReadCandidateProfile, profile)).toBe(
      true,
    );
    expect(can(hr, Permission.ReadCandidateProfile, profile)).toBe(true);
    expect(can(admin, Permission.ReadCandidateProfile, profile)).toBe(false);
    expect(can({ personId: 'x', roles: [Role.MENTEE] }, Permission.ReadCandidateProfile, profile)).toBe(
      false,
    );
  });

  it('shows the equity report to HR only, and lets admins and HR set the matching weights', () => {
    const sponsor = { personId: 's', roles: [Role.SPONSOR, Role.CANDIDATE, Role.MENTEE] };
    expect(can(hr, Permission.ReadEquityReport)).toBe(true);
    expect(can(admin, Permission.ReadEquityReport)).toBe(false);
    expect(can(sponsor, Permission.ReadEquityReport)).toBe(false);
    expect(can(hr, Permission.SetMatchingWeights)).toBe(true);
    expect(can(admin, Permission.SetMatchingWeights)).toBe(true);
    expect(can(sponsor, Permission.SetMatchingWeights)).toBe(false);
  });

  it('shows recommendations for a candidate to the candidate and HR, not to their manager or a sponsor', () => {
    const alex = { kind: 'candidateProfile' as const, personId: 'c', managerId: 'm' };
    const mine = Permission.ReadRecommendedOpportunities;
    expect(can({ personId: 'c', roles: [Role.CANDIDATE] }, mine, alex)).toBe(true);
    expect(can(hr, mine, alex)).toBe(true);
    expect(can({ personId: 'm', roles: [] }, mine, alex)).toBe(false);
    expect(decide({ personId: 's', roles: [Role.SPONSOR] }, mine, alex)).toMatchObject({
      allowed: false,
      reason: ErrorReason.PERMISSION_REQUIRED,
    });
  });

  it('shows who fits an opportunity to its sponsor (a mentee for their own request) and HR, and lets them invite', () => {
    const project = { kind: 'opportunity' as const, sponsorId: 's' };
    expect(can({ personId: 's', roles: [Role.SPONSOR] }, Permission.RecommendCandidates, project)).toBe(true);
    expect(
      can({ personId: 'e', roles: [Role.MENTEE] }, Permission.RecommendCandidates, {
        ...project,
        sponsorId: 'e',
      }),
    ).toBe(true);
    expect(can(hr, Permission.RecommendCandidates, project)).toBe(true);
    expect(
      decide({ personId: 'o', roles: [Role.SPONSOR] }, Permission.RecommendCandidates, project),
    ).toMatchObject({
      allowed: false,
      reason: ErrorReason.NOT_SPONSOR,
    });
    expect(can({ personId: 'c', roles: [Role.CANDIDATE] }, Permission.RecommendCandidates, project)).toBe(
      false,
    );
  });
});
