//! Every authorisation decision in the product is made here (SPEC §4.1). Handlers ask
//! `authorise(actor, action)` and never test roles themselves, so one table answers
//! "who may do what" and one test suite checks it.

use crate::roles::Role;

pub type OrgId = i64;

/// One council the signed-in person belongs to, with their roles there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub org_id: OrgId,
    pub roles: Vec<Role>,
}

/// The signed-in person, as far as authorisation needs to know them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub platform_admin: bool,
    pub memberships: Vec<Membership>,
}

impl Actor {
    pub fn has_role(&self, org_id: OrgId, role: Role) -> bool {
        self.memberships
            .iter()
            .any(|m| m.org_id == org_id && m.roles.contains(&role))
    }
    pub fn is_member(&self, org_id: OrgId) -> bool {
        self.memberships.iter().any(|m| m.org_id == org_id)
    }
}

/// Things a person may ask to do, each naming the council whose data it touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the list of a council's members and their roles.
    ViewMembers(OrgId),
    /// Grant or remove roles in a council.
    ManageRoles(OrgId),
    /// Read a council's audit log.
    ViewAuditLog(OrgId),
    /// Require a second factor of everyone in a council: its admins (and platform admins).
    RequireSecondFactor(OrgId),
    /// Set up sign-in through a council's own provider, and require it: its admins (and
    /// platform admins).
    ManageSignInProvider(OrgId),
    /// Read every council's audit log.
    ViewPlatformAuditLog,
    /// Onboard councils: add email domains, appoint the first council admin.
    ManageCouncils,
    /// Anything that needs only a signed-in person acting for themselves.
    ManageOwnAccount,
    /// Keep one's own profile in the talent pool: a practitioner of the council.
    KeepOwnProfile(OrgId),
    /// Search the talent pool and read listed profiles: anyone signed in.
    SearchPool,
    /// See the collaboration network: who lends to whom, built from signed contracts and
    /// approved time only, naming councils, never people: anyone signed in.
    SeeNetwork,
    /// Read a profile whatever its status, with its private fields (contact email, notes):
    /// its owner, and the managers and admins of its council. Not platform admins: they see
    /// them only through `SupportAccess`, which records why.
    ViewProfileInFull { owner: i64, org: OrgId },
    /// Download everything held about a person (subject access): the person themselves,
    /// an admin of a council they are a member of (`org`), and platform admins.
    ExportPersonalData { person: i64, org: Option<OrgId> },
    /// Look at a person's records in full to answer a support request, giving the request's
    /// reference, which goes in the audit log of the person's council: platform admins.
    SupportAccess,
    /// Approve or decline a listing, withdraw a profile, override its rate, keep notes:
    /// a manager of the practitioner's own council.
    ManageProfiles(OrgId),
    /// Keep the council's rate card: its finance officers and admins.
    ManageRateCard(OrgId),
    /// See the council's rate card: any member.
    ViewRateCard(OrgId),
    /// Ask for a practitioner's hours on behalf of a council: its buyers, and only for
    /// someone from another council.
    RequestBooking { buyer: OrgId, supplier: OrgId },
    /// See a booking or contract: the practitioner, and the buyers, finance officers,
    /// managers and admins of the two councils. Nobody else, not even platform admins.
    ViewDeal {
        buyer: OrgId,
        supplier: OrgId,
        practitioner: i64,
    },
    /// Accept or decline a booking request for one's own hours.
    AnswerBooking { practitioner: i64 },
    /// Approve or decline a booking a practitioner accepted: a manager of their council;
    /// also see the council's staff commitments.
    ApproveBooking(OrgId),
    /// Act for one party to a contract: accept it, propose or answer a variation, end it,
    /// withdraw a request. For the buyer, a buyer of that council; for the supplier, a
    /// manager or admin of that council.
    ActFor { side: crate::contracts::Side, org: OrgId },
    /// List a council's bookings and contracts: its buyers, finance officers, managers and
    /// admins.
    ListDeals(OrgId),
    /// Record that the council signed an agreement version: its admins.
    SignAgreement(OrgId),
    /// Keep the agreement versions and the list of legal bases: platform admins.
    ManagePlatformTerms,
    /// Hide what someone posted, with a reason, and decide appeals: platform admins.
    Moderate,
    /// Add, change and retire entries of the reference lists: platform admins.
    ManageReferenceLists,
    /// Read a moderation of one's own post and appeal it: its owner.
    AppealModeration { owner: i64 },
    /// Read an opportunity. A draft: the buyers and admins of the council that owns it.
    /// A published one: anyone when the buyer made it public, anyone signed in otherwise.
    ViewOpportunity {
        owner: OrgId,
        published: bool,
        public: bool,
    },
    /// Write, publish, change, evaluate and award a council's opportunities, and answer
    /// their questions: its buyers.
    ManageOpportunities(OrgId),
    /// Ask a question about, or apply for, another council's opportunity: a practitioner of
    /// `org`, when the opportunity is open to all councils or `org` was invited.
    Apply { owner: OrgId, org: OrgId, invited: bool },
    /// Approve or decline an application that uses a council's staff time: its managers.
    ApproveApplication(OrgId),
    /// Record and submit time on a contract: its practitioner.
    RecordTime { practitioner: i64 },
    /// Approve or query time recorded on a council's contracts: its buyers.
    ApproveTime(OrgId),
    /// Turn deemed approval of time on or off for a council: its admins.
    ManageTimeSettings(OrgId),
    /// Set councils' hour-credit limits: platform admins.
    ManageCreditLimits,
    /// Generate, issue, discard and credit a council's invoices as supplier: its finance
    /// officers.
    ManageInvoices(OrgId),
    /// See a council's invoices (sent and received) and its income: its finance officers
    /// and admins.
    ViewInvoices(OrgId),
    /// Record that an invoice was paid: the finance officers of either council.
    RecordPayment { buyer: OrgId, supplier: OrgId },
    /// Read an application: the applicant, the managers of the applying council, and the
    /// buyers of the owning council once it is approved and the opportunity has closed.
    ViewApplication {
        applicant: i64,
        org: OrgId,
        owner: OrgId,
        shown_to_buyer: bool,
    },
    /// Keep a council's capability map: its admins and capability mappers.
    MapServices(OrgId),
    /// Read the capability maps, the components and the sharing opportunities: anyone
    /// signed in (the point is sharing).
    ViewMaps,
    /// See the costs and notes a council marked private on its map: its members.
    ViewPrivateMapDetails(OrgId),
    /// Propose a component for the platform's list: a council's admins.
    ProposeComponent(OrgId),
    /// List or decline proposed components, and add listed ones: platform admins.
    ReviewComponents,
    /// Create peer groups and appoint their first leads: platform admins.
    CreatePeerGroups,
    /// Keep a peer group: change its details, invite councils, appoint leads. `lead` says
    /// whether the person leads this group; platform admins may too.
    LeadPeerGroup { lead: bool },
    /// Join a peer group as a person of `org`, when `org` is one of its member councils.
    JoinPeerGroup { org: OrgId, council_in_group: bool },
    /// See a peer group's members' page: the people who joined it, and its platform admins.
    SeePeerGroupMembers { joined: bool },
    /// Accept or decline a peer group's invitation to a council, or take the council out of
    /// a group: its admins.
    AnswerPeerGroupInvitation(OrgId),
    /// See a group's meeting and its agenda: the people who joined the group, the guests
    /// invited to that meeting, and platform admins.
    SeeMeeting { joined: bool, guest: bool },
    /// Register for a group's meeting, or cancel: the people who joined the group, and the
    /// meeting's guests.
    RegisterForMeeting { joined: bool, guest: bool },
    /// Read a problem or a project (and its replies): one to everyone, anyone signed in; one
    /// to a group, the people who joined it, and platform admins.
    SeeGroupPost { to_group: bool, joined: bool },
    /// Post a problem or a project for `org`, reply to one or answer for it: a member of
    /// `org`; for a group's post, someone who joined that group.
    SpeakForCouncil { org: OrgId, to_group: bool, joined: bool },
    /// Mark a problem solved, or put a problem or project on a meeting's agenda: the person
    /// who posted it.
    KeepPost { poster: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("sign in to continue")]
    NotSignedIn,
    #[error("you do not have permission to do that")]
    Forbidden,
}

pub fn authorise(actor: Option<&Actor>, action: Action) -> Result<(), Denied> {
    if let Action::ViewOpportunity {
        published: true,
        public: true,
        ..
    } = action
    {
        return Ok(());
    }
    let actor = actor.ok_or(Denied::NotSignedIn)?;
    let allowed = match action {
        Action::ManageOwnAccount => true,
        Action::ViewMembers(org)
        | Action::ManageRoles(org)
        | Action::ViewAuditLog(org)
        | Action::RequireSecondFactor(org)
        | Action::ManageSignInProvider(org) => actor.platform_admin || actor.has_role(org, Role::CouncilAdmin),
        Action::ViewPlatformAuditLog | Action::ManageCouncils => actor.platform_admin,
        Action::KeepOwnProfile(org) => actor.has_role(org, Role::Practitioner),
        Action::SearchPool | Action::SeeNetwork => true,
        Action::ViewProfileInFull { owner, org } => {
            actor.user_id == owner || actor.has_role(org, Role::Manager) || actor.has_role(org, Role::CouncilAdmin)
        }
        Action::SupportAccess => actor.platform_admin,
        Action::ExportPersonalData { person, org } => {
            actor.user_id == person
                || actor.platform_admin
                || org.is_some_and(|org| actor.has_role(org, Role::CouncilAdmin))
        }
        Action::ManageProfiles(org) => actor.has_role(org, Role::Manager),
        Action::ManageRateCard(org) => actor.has_role(org, Role::Finance) || actor.has_role(org, Role::CouncilAdmin),
        Action::ViewRateCard(org) => actor.is_member(org) || actor.platform_admin,
        Action::RequestBooking { buyer, supplier } => buyer != supplier && actor.has_role(buyer, Role::Buyer),
        Action::ViewDeal {
            buyer,
            supplier,
            practitioner,
        } => {
            let officer = |org| {
                [Role::Buyer, Role::Finance, Role::Manager, Role::CouncilAdmin]
                    .iter()
                    .any(|r| actor.has_role(org, *r))
            };
            actor.user_id == practitioner || officer(buyer) || officer(supplier)
        }
        Action::ListDeals(org) => [Role::Buyer, Role::Finance, Role::Manager, Role::CouncilAdmin]
            .iter()
            .any(|r| actor.has_role(org, *r)),
        Action::AnswerBooking { practitioner } => actor.user_id == practitioner,
        Action::ApproveBooking(org) => actor.has_role(org, Role::Manager),
        Action::ActFor { side, org } => match side {
            crate::contracts::Side::Buyer => actor.has_role(org, Role::Buyer),
            crate::contracts::Side::Supplier => {
                actor.has_role(org, Role::Manager) || actor.has_role(org, Role::CouncilAdmin)
            }
        },
        Action::SignAgreement(org) => actor.has_role(org, Role::CouncilAdmin),
        Action::ManagePlatformTerms => actor.platform_admin,
        Action::Moderate | Action::ManageReferenceLists => actor.platform_admin,
        Action::AppealModeration { owner } => actor.user_id == owner,
        Action::ViewOpportunity { owner, published, .. } => {
            published || actor.has_role(owner, Role::Buyer) || actor.has_role(owner, Role::CouncilAdmin)
        }
        Action::ManageOpportunities(org) => actor.has_role(org, Role::Buyer),
        Action::Apply { owner, org, invited } => owner != org && invited && actor.has_role(org, Role::Practitioner),
        Action::ApproveApplication(org) => actor.has_role(org, Role::Manager),
        Action::RecordTime { practitioner } => actor.user_id == practitioner,
        Action::ApproveTime(org) => actor.has_role(org, Role::Buyer),
        Action::ManageTimeSettings(org) => actor.has_role(org, Role::CouncilAdmin),
        Action::ManageCreditLimits => actor.platform_admin,
        Action::ManageInvoices(org) => actor.has_role(org, Role::Finance),
        Action::ViewInvoices(org) => actor.has_role(org, Role::Finance) || actor.has_role(org, Role::CouncilAdmin),
        Action::RecordPayment { buyer, supplier } => {
            actor.has_role(buyer, Role::Finance) || actor.has_role(supplier, Role::Finance)
        }
        Action::ViewApplication {
            applicant,
            org,
            owner,
            shown_to_buyer,
        } => {
            actor.user_id == applicant
                || actor.has_role(org, Role::Manager)
                || (shown_to_buyer && actor.has_role(owner, Role::Buyer))
        }
        Action::MapServices(org) => {
            actor.has_role(org, Role::CouncilAdmin) || actor.has_role(org, Role::CapabilityMapper)
        }
        Action::ViewMaps => true,
        Action::ViewPrivateMapDetails(org) => actor.is_member(org),
        Action::ProposeComponent(org) => actor.has_role(org, Role::CouncilAdmin),
        Action::ReviewComponents => actor.platform_admin,
        Action::CreatePeerGroups => actor.platform_admin,
        Action::LeadPeerGroup { lead } => lead || actor.platform_admin,
        Action::JoinPeerGroup { org, council_in_group } => council_in_group && actor.is_member(org),
        Action::SeePeerGroupMembers { joined } => joined || actor.platform_admin,
        Action::AnswerPeerGroupInvitation(org) => actor.has_role(org, Role::CouncilAdmin),
        Action::SeeMeeting { joined, guest } => joined || guest || actor.platform_admin,
        Action::RegisterForMeeting { joined, guest } => joined || guest,
        Action::SeeGroupPost { to_group, joined } => !to_group || joined || actor.platform_admin,
        Action::SpeakForCouncil { org, to_group, joined } => actor.is_member(org) && (!to_group || joined),
        Action::KeepPost { poster } => actor.user_id == poster,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

/// Person 7, a member of `org` with `roles` only, for tests of rules that ask `authorise`.
#[cfg(test)]
pub(crate) fn member_of(org: OrgId, roles: &[Role]) -> Actor {
    Actor {
        user_id: 7,
        platform_admin: false,
        memberships: vec![Membership {
            org_id: org,
            roles: roles.to_vec(),
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEEDS: OrgId = 1;
    const YORK: OrgId = 2;

    fn person(roles: &[Role]) -> Actor {
        member_of(LEEDS, roles)
    }

    #[test]
    fn nobody_signed_in_is_asked_to_sign_in() {
        assert_eq!(authorise(None, Action::ViewMembers(LEEDS)), Err(Denied::NotSignedIn));
        assert_eq!(authorise(None, Action::ManageOwnAccount), Err(Denied::NotSignedIn));
    }

    #[test]
    fn personal_data_goes_to_the_person_their_council_admin_or_a_platform_admin() {
        let export = |person, org| Action::ExportPersonalData { person, org };
        let me = person(&[Role::Practitioner]);
        assert!(authorise(Some(&me), export(7, None)).is_ok());
        assert!(authorise(Some(&me), export(8, Some(LEEDS))).is_err());
        let admin = person(&[Role::CouncilAdmin]);
        assert!(authorise(Some(&admin), export(8, Some(LEEDS))).is_ok());
        assert!(authorise(Some(&admin), export(8, Some(YORK))).is_err());
        assert!(authorise(Some(&admin), export(8, None)).is_err());
        let manager = person(&[Role::Manager]);
        assert!(authorise(Some(&manager), export(8, Some(LEEDS))).is_err());
        let operator = Actor {
            platform_admin: true,
            ..member_of(YORK, &[])
        };
        assert!(authorise(Some(&operator), export(8, None)).is_ok());
    }

    #[test]
    fn council_admin_manages_own_council_only() {
        let admin = person(&[Role::CouncilAdmin]);
        for action in [
            Action::ViewMembers,
            Action::ManageRoles,
            Action::ViewAuditLog,
            Action::RequireSecondFactor,
            Action::ManageSignInProvider,
        ] {
            assert_eq!(authorise(Some(&admin), action(LEEDS)), Ok(()));
            assert_eq!(authorise(Some(&admin), action(YORK)), Err(Denied::Forbidden));
        }
        assert_eq!(authorise(Some(&admin), Action::ManageCouncils), Err(Denied::Forbidden));
        assert_eq!(
            authorise(Some(&admin), Action::ViewPlatformAuditLog),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn other_roles_cannot_administer() {
        let others = person(&[Role::Practitioner, Role::Manager, Role::Buyer, Role::Finance]);
        assert_eq!(
            authorise(Some(&others), Action::ManageRoles(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&others), Action::ViewAuditLog(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&others), Action::ManageOwnAccount), Ok(()));
    }

    #[test]
    fn capability_maps_are_kept_by_admins_and_mappers_of_the_council() {
        for roles in [&[Role::CouncilAdmin][..], &[Role::CapabilityMapper]] {
            let keeper = person(roles);
            assert_eq!(authorise(Some(&keeper), Action::MapServices(LEEDS)), Ok(()));
            assert_eq!(
                authorise(Some(&keeper), Action::MapServices(YORK)),
                Err(Denied::Forbidden)
            );
        }
        let others = person(&[Role::Practitioner, Role::Manager, Role::Buyer, Role::Finance]);
        assert_eq!(
            authorise(Some(&others), Action::MapServices(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&others), Action::ViewMaps), Ok(()));
        assert_eq!(authorise(None, Action::ViewMaps), Err(Denied::NotSignedIn));
        assert_eq!(authorise(Some(&others), Action::ViewPrivateMapDetails(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&others), Action::ViewPrivateMapDetails(YORK)),
            Err(Denied::Forbidden)
        );
        let mapper = person(&[Role::CapabilityMapper]);
        assert_eq!(
            authorise(Some(&mapper), Action::ProposeComponent(LEEDS)),
            Err(Denied::Forbidden),
            "proposing a component is the council admin's"
        );
        let admin = person(&[Role::CouncilAdmin]);
        assert_eq!(authorise(Some(&admin), Action::ProposeComponent(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&admin), Action::ProposeComponent(YORK)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&admin), Action::ReviewComponents),
            Err(Denied::Forbidden)
        );
        let operator = Actor {
            user_id: 1,
            platform_admin: true,
            memberships: Vec::new(),
        };
        assert_eq!(authorise(Some(&operator), Action::ReviewComponents), Ok(()));
        assert_eq!(
            authorise(Some(&operator), Action::MapServices(LEEDS)),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn only_own_council_managers_manage_profiles() {
        let manager = person(&[Role::Manager]);
        assert_eq!(authorise(Some(&manager), Action::ManageProfiles(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&manager), Action::ManageProfiles(YORK)),
            Err(Denied::Forbidden)
        );
        let admin = person(&[Role::CouncilAdmin, Role::Finance, Role::Buyer]);
        assert_eq!(
            authorise(Some(&admin), Action::ManageProfiles(LEEDS)),
            Err(Denied::Forbidden),
            "approving is a manager's job"
        );
    }

    #[test]
    fn profiles_private_parts() {
        let owner = person(&[Role::Practitioner]);
        assert_eq!(
            authorise(Some(&owner), Action::ViewProfileInFull { owner: 7, org: LEEDS }),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&owner), Action::ViewProfileInFull { owner: 8, org: LEEDS }),
            Err(Denied::Forbidden)
        );
        let manager = person(&[Role::Manager]);
        assert_eq!(
            authorise(Some(&manager), Action::ViewProfileInFull { owner: 8, org: LEEDS }),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&manager), Action::ViewProfileInFull { owner: 8, org: YORK }),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&owner), Action::SearchPool), Ok(()));
        assert_eq!(authorise(None, Action::SearchPool), Err(Denied::NotSignedIn));
        let operator = Actor {
            user_id: 1,
            platform_admin: true,
            memberships: Vec::new(),
        };
        assert_eq!(
            authorise(Some(&operator), Action::ViewProfileInFull { owner: 8, org: LEEDS }),
            Err(Denied::Forbidden),
            "platform admins see private fields only for a recorded support request"
        );
        assert_eq!(authorise(Some(&operator), Action::SupportAccess), Ok(()));
        assert_eq!(authorise(Some(&manager), Action::SupportAccess), Err(Denied::Forbidden));
    }

    #[test]
    fn bookings_and_contracts_belong_to_their_two_councils() {
        use crate::contracts::Side;
        let buyer = person(&[Role::Buyer]);
        assert_eq!(
            authorise(
                Some(&buyer),
                Action::RequestBooking {
                    buyer: LEEDS,
                    supplier: YORK
                }
            ),
            Ok(())
        );
        assert_eq!(
            authorise(
                Some(&buyer),
                Action::RequestBooking {
                    buyer: LEEDS,
                    supplier: LEEDS
                }
            ),
            Err(Denied::Forbidden),
            "not from one's own council"
        );
        assert_eq!(
            authorise(
                Some(&buyer),
                Action::RequestBooking {
                    buyer: YORK,
                    supplier: LEEDS
                }
            ),
            Err(Denied::Forbidden)
        );
        let deal = |practitioner| Action::ViewDeal {
            buyer: YORK,
            supplier: 3,
            practitioner,
        };
        assert_eq!(
            authorise(Some(&buyer), deal(99)),
            Err(Denied::Forbidden),
            "another council's deal"
        );
        assert_eq!(authorise(Some(&buyer), deal(7)), Ok(()), "the practitioner");
        let platform = Actor {
            platform_admin: true,
            ..person(&[])
        };
        assert_eq!(authorise(Some(&platform), deal(99)), Err(Denied::Forbidden));
        let colleague = person(&[Role::Practitioner]);
        assert_eq!(
            authorise(
                Some(&colleague),
                Action::ViewDeal {
                    buyer: YORK,
                    supplier: LEEDS,
                    practitioner: 99
                }
            ),
            Err(Denied::Forbidden),
            "a colleague practitioner"
        );
        let finance = person(&[Role::Finance]);
        assert_eq!(
            authorise(
                Some(&finance),
                Action::ViewDeal {
                    buyer: YORK,
                    supplier: LEEDS,
                    practitioner: 99
                }
            ),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&buyer), Action::AnswerBooking { practitioner: 7 }),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&buyer), Action::AnswerBooking { practitioner: 8 }),
            Err(Denied::Forbidden)
        );
        let manager = person(&[Role::Manager]);
        assert_eq!(authorise(Some(&manager), Action::ApproveBooking(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&manager), Action::ApproveBooking(YORK)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&buyer), Action::ApproveBooking(LEEDS)),
            Err(Denied::Forbidden)
        );
        let acts = |who: &Actor, side, org| authorise(Some(who), Action::ActFor { side, org });
        assert_eq!(acts(&buyer, Side::Buyer, LEEDS), Ok(()));
        assert_eq!(acts(&buyer, Side::Supplier, LEEDS), Err(Denied::Forbidden));
        assert_eq!(acts(&manager, Side::Supplier, LEEDS), Ok(()));
        assert_eq!(acts(&manager, Side::Buyer, LEEDS), Err(Denied::Forbidden));
        assert_eq!(acts(&person(&[Role::CouncilAdmin]), Side::Supplier, LEEDS), Ok(()));
        assert_eq!(acts(&manager, Side::Supplier, YORK), Err(Denied::Forbidden));
        assert_eq!(
            authorise(Some(&person(&[Role::CouncilAdmin])), Action::SignAgreement(LEEDS)),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&manager), Action::SignAgreement(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&platform), Action::ManagePlatformTerms), Ok(()));
        assert_eq!(authorise(Some(&platform), Action::Moderate), Ok(()));
        assert_eq!(authorise(Some(&manager), Action::Moderate), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&platform), Action::ManageReferenceLists), Ok(()));
        assert_eq!(
            authorise(Some(&manager), Action::ManageReferenceLists),
            Err(Denied::Forbidden)
        );
        let owner = manager.user_id;
        assert_eq!(authorise(Some(&manager), Action::AppealModeration { owner }), Ok(()));
        assert_eq!(
            authorise(Some(&platform), Action::AppealModeration { owner: owner + 1 }),
            Err(Denied::Forbidden),
            "only the owner appeals"
        );
        assert_eq!(
            authorise(Some(&manager), Action::ManagePlatformTerms),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn profiles_and_rate_cards_need_their_roles() {
        let buyer = person(&[Role::Buyer]);
        assert_eq!(
            authorise(Some(&buyer), Action::KeepOwnProfile(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&person(&[Role::Practitioner])), Action::KeepOwnProfile(LEEDS)),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&buyer), Action::ManageRateCard(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&buyer), Action::ViewRateCard(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&buyer), Action::ViewRateCard(YORK)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&person(&[Role::Finance])), Action::ManageRateCard(LEEDS)),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&person(&[Role::Finance])), Action::ManageRateCard(YORK)),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn platform_admin_sees_every_council() {
        let operator = Actor {
            user_id: 1,
            platform_admin: true,
            memberships: vec![],
        };
        assert_eq!(authorise(Some(&operator), Action::ViewAuditLog(YORK)), Ok(()));
        assert_eq!(authorise(Some(&operator), Action::ManageCouncils), Ok(()));
        assert_eq!(authorise(Some(&operator), Action::ViewPlatformAuditLog), Ok(()));
    }

    #[test]
    fn time_is_recorded_by_its_practitioner_and_approved_by_the_buyers() {
        let buyer = person(&[Role::Buyer]);
        assert_eq!(authorise(Some(&buyer), Action::RecordTime { practitioner: 7 }), Ok(()));
        assert_eq!(
            authorise(Some(&buyer), Action::RecordTime { practitioner: 8 }),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&buyer), Action::ApproveTime(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&buyer), Action::ApproveTime(YORK)),
            Err(Denied::Forbidden)
        );
        let manager = person(&[Role::Manager, Role::Finance]);
        assert_eq!(
            authorise(Some(&manager), Action::ApproveTime(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&manager), Action::ManageTimeSettings(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&person(&[Role::CouncilAdmin])), Action::ManageTimeSettings(LEEDS)),
            Ok(())
        );
        assert_eq!(
            authorise(Some(&person(&[Role::CouncilAdmin])), Action::ManageCreditLimits),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn invoices_are_kept_by_finance() {
        let finance = person(&[Role::Finance]);
        assert_eq!(authorise(Some(&finance), Action::ManageInvoices(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&finance), Action::ManageInvoices(YORK)),
            Err(Denied::Forbidden)
        );
        let others = person(&[Role::Buyer, Role::Manager, Role::Practitioner]);
        assert_eq!(
            authorise(Some(&others), Action::ManageInvoices(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&others), Action::ViewInvoices(LEEDS)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&person(&[Role::CouncilAdmin])), Action::ViewInvoices(LEEDS)),
            Ok(())
        );
        let pay = |buyer, supplier| Action::RecordPayment { buyer, supplier };
        assert_eq!(authorise(Some(&finance), pay(LEEDS, YORK)), Ok(()));
        assert_eq!(authorise(Some(&finance), pay(YORK, LEEDS)), Ok(()));
        assert_eq!(authorise(Some(&finance), pay(YORK, 3)), Err(Denied::Forbidden));
    }

    #[test]
    fn opportunities_drafts_stay_in_the_council_and_public_ones_are_open() {
        let buyer = person(&[Role::Buyer]);
        let practitioner = person(&[Role::Practitioner]);
        let draft = |owner| Action::ViewOpportunity {
            owner,
            published: false,
            public: true,
        };
        assert_eq!(authorise(Some(&buyer), draft(LEEDS)), Ok(()));
        assert_eq!(authorise(Some(&buyer), draft(YORK)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&practitioner), draft(LEEDS)), Err(Denied::Forbidden));
        assert_eq!(authorise(None, draft(LEEDS)), Err(Denied::NotSignedIn));
        let published = |public| Action::ViewOpportunity {
            owner: YORK,
            published: true,
            public,
        };
        assert_eq!(authorise(None, published(true)), Ok(()));
        assert_eq!(authorise(None, published(false)), Err(Denied::NotSignedIn));
        assert_eq!(authorise(Some(&practitioner), published(false)), Ok(()));
        assert_eq!(authorise(Some(&buyer), Action::ManageOpportunities(LEEDS)), Ok(()));
        assert_eq!(
            authorise(Some(&buyer), Action::ManageOpportunities(YORK)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&practitioner), Action::ManageOpportunities(LEEDS)),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn peer_groups_are_kept_by_their_leads_and_joined_by_member_councils_people() {
        let anyone = person(&[]);
        let admin = Actor {
            platform_admin: true,
            ..person(&[])
        };
        assert_eq!(authorise(Some(&admin), Action::CreatePeerGroups), Ok(()));
        assert_eq!(
            authorise(Some(&anyone), Action::CreatePeerGroups),
            Err(Denied::Forbidden)
        );
        let lead = |lead| Action::LeadPeerGroup { lead };
        assert_eq!(authorise(Some(&anyone), lead(true)), Ok(()));
        assert_eq!(authorise(Some(&anyone), lead(false)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&admin), lead(false)), Ok(()));
        let join = |org, council_in_group| Action::JoinPeerGroup { org, council_in_group };
        assert_eq!(authorise(Some(&anyone), join(LEEDS, true)), Ok(()));
        assert_eq!(authorise(Some(&anyone), join(LEEDS, false)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&anyone), join(YORK, true)), Err(Denied::Forbidden));
        let members = |joined| Action::SeePeerGroupMembers { joined };
        assert_eq!(authorise(Some(&anyone), members(true)), Ok(()));
        assert_eq!(authorise(Some(&anyone), members(false)), Err(Denied::Forbidden));
        assert_eq!(authorise(None, members(true)), Err(Denied::NotSignedIn));
        let council_admin = person(&[Role::CouncilAdmin]);
        let answer = Action::AnswerPeerGroupInvitation;
        assert_eq!(authorise(Some(&council_admin), answer(LEEDS)), Ok(()));
        assert_eq!(authorise(Some(&council_admin), answer(YORK)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&anyone), answer(LEEDS)), Err(Denied::Forbidden));
        let see = |joined, guest| Action::SeeMeeting { joined, guest };
        let register = |joined, guest| Action::RegisterForMeeting { joined, guest };
        for action in [see, register] {
            assert_eq!(authorise(Some(&anyone), action(true, false)), Ok(()));
            assert_eq!(authorise(Some(&anyone), action(false, true)), Ok(()));
            assert_eq!(authorise(Some(&anyone), action(false, false)), Err(Denied::Forbidden));
        }
        assert_eq!(authorise(Some(&admin), see(false, false)), Ok(()));
        let see = |to_group, joined| Action::SeeGroupPost { to_group, joined };
        assert_eq!(authorise(Some(&anyone), see(false, false)), Ok(()));
        assert_eq!(authorise(Some(&anyone), see(true, false)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&anyone), see(true, true)), Ok(()));
        assert_eq!(authorise(None, see(false, false)), Err(Denied::NotSignedIn));
        let speak = |org, to_group, joined| Action::SpeakForCouncil { org, to_group, joined };
        assert_eq!(authorise(Some(&anyone), speak(LEEDS, false, false)), Ok(()));
        assert_eq!(
            authorise(Some(&anyone), speak(YORK, false, false)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&anyone), speak(LEEDS, true, false)),
            Err(Denied::Forbidden)
        );
        assert_eq!(authorise(Some(&anyone), speak(LEEDS, true, true)), Ok(()));
        assert_eq!(authorise(Some(&anyone), Action::KeepPost { poster: 7 }), Ok(()));
        assert_eq!(
            authorise(Some(&anyone), Action::KeepPost { poster: 8 }),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&admin), register(false, false)),
            Err(Denied::Forbidden),
            "a platform admin sees meetings but comes only as a member"
        );
    }

    #[test]
    fn practitioners_apply_to_other_councils_they_are_open_to() {
        let practitioner = person(&[Role::Practitioner]);
        let apply = |owner, invited| Action::Apply {
            owner,
            org: LEEDS,
            invited,
        };
        assert_eq!(authorise(Some(&practitioner), apply(YORK, true)), Ok(()));
        assert_eq!(
            authorise(Some(&practitioner), apply(YORK, false)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&practitioner), apply(LEEDS, true)),
            Err(Denied::Forbidden)
        );
        assert_eq!(
            authorise(Some(&person(&[Role::Buyer])), apply(YORK, true)),
            Err(Denied::Forbidden)
        );
    }

    #[test]
    fn applications_are_seen_by_applicant_their_managers_and_then_the_buyer() {
        let view = |applicant, shown_to_buyer| Action::ViewApplication {
            applicant,
            org: YORK,
            owner: LEEDS,
            shown_to_buyer,
        };
        let buyer = person(&[Role::Buyer]);
        assert_eq!(authorise(Some(&buyer), view(99, false)), Err(Denied::Forbidden));
        assert_eq!(authorise(Some(&buyer), view(99, true)), Ok(()));
        let applicant = Actor {
            memberships: vec![Membership {
                org_id: YORK,
                roles: vec![Role::Practitioner],
            }],
            ..person(&[])
        };
        assert_eq!(authorise(Some(&applicant), view(7, false)), Ok(()));
        assert_eq!(authorise(Some(&applicant), view(8, false)), Err(Denied::Forbidden));
        let york_manager = Actor {
            user_id: 9,
            platform_admin: false,
            memberships: vec![Membership {
                org_id: YORK,
                roles: vec![Role::Manager],
            }],
        };
        assert_eq!(authorise(Some(&york_manager), view(7, false)), Ok(()));
        assert_eq!(
            authorise(Some(&person(&[Role::Manager])), view(8, false)),
            Err(Denied::Forbidden),
            "a manager of another council"
        );
        assert_eq!(authorise(Some(&york_manager), Action::ApproveApplication(YORK)), Ok(()));
        assert_eq!(
            authorise(Some(&york_manager), Action::ApproveApplication(LEEDS)),
            Err(Denied::Forbidden)
        );
    }
}

/// What a personal access token may be used for. A token never gives more than its
/// owner could do in the pages; scopes narrow it further.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Scope {
    /// Search the pool and read profiles, rate cards and one's own profile.
    ProfilesRead,
    /// Change one's own profile's hours and unavailable weeks.
    ProfilesWrite,
    /// Change rate cards (for finance officers and council admins).
    RateCardsWrite,
    /// Read bookings and contracts.
    DealsRead,
    /// Request, answer and approve bookings; accept, complete and end contracts.
    DealsWrite,
    /// Read one's council's opportunity drafts, applications and evaluations (published
    /// opportunities need no token).
    OpportunitiesRead,
    /// Write and publish opportunities, ask questions, apply, approve applications, award.
    OpportunitiesWrite,
    /// Read a council's invoices, income and balances (finance officers and admins).
    InvoicesRead,
    /// Make, issue, credit and pay invoices (finance officers).
    InvoicesWrite,
    /// Read councils' capability maps, the components and sharing opportunities.
    MapsRead,
    /// Change one's council's capability map (its admins and capability mappers).
    MapsWrite,
    /// Read peer groups, their meetings, agendas, registrations and actions, and the
    /// problems and projects one may see.
    GroupsRead,
    /// Register for meetings and cancel; keep a led group's meetings and agendas; post
    /// problems and projects, reply and respond.
    GroupsWrite,
}

impl Scope {
    pub const ALL: [Scope; 13] = [
        Scope::ProfilesRead,
        Scope::ProfilesWrite,
        Scope::RateCardsWrite,
        Scope::DealsRead,
        Scope::DealsWrite,
        Scope::OpportunitiesRead,
        Scope::OpportunitiesWrite,
        Scope::InvoicesRead,
        Scope::InvoicesWrite,
        Scope::MapsRead,
        Scope::MapsWrite,
        Scope::GroupsRead,
        Scope::GroupsWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::ProfilesRead => "profiles:read",
            Scope::ProfilesWrite => "profiles:write",
            Scope::RateCardsWrite => "rate-cards:write",
            Scope::DealsRead => "deals:read",
            Scope::DealsWrite => "deals:write",
            Scope::OpportunitiesRead => "opportunities:read",
            Scope::OpportunitiesWrite => "opportunities:write",
            Scope::InvoicesRead => "invoices:read",
            Scope::InvoicesWrite => "invoices:write",
            Scope::MapsRead => "maps:read",
            Scope::MapsWrite => "maps:write",
            Scope::GroupsRead => "groups:read",
            Scope::GroupsWrite => "groups:write",
        }
    }

    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|s| s.as_str() == name)
    }
}
