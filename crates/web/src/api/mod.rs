//! The JSON API under /api/v1 (SPEC §4.10). The OpenAPI 3.1 document is generated from
//! these handlers' annotations; errors are `application/problem+json` (RFC 9457).

pub mod auth;
pub mod deals;
pub mod group_posts;
pub mod groups;
pub mod json;
pub mod maps;
pub mod money;
pub mod network;
pub mod open_data;
pub mod openapi;
pub mod opportunities;
pub mod organisations;
pub mod pool;
pub mod problem;
pub mod recommendations;
pub mod reference;

use crate::handlers::opportunities::data as opportunity_data;
use crate::handlers::{contracts, meetings, open_contracting, unsubscribe};
use crate::state::AppState;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use open_data::PackageSchemas;
use openapi::StandardResponses;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(title = "Microcontracts API", version = "1", description = "Councils lending digital practitioners' time to each other."),
    paths(
        organisations::list,
        reference::roles, reference::skills, reference::services,
        pool::search, pool::read, pool::read_own, pool::set_capacity, pool::mark_unavailable, pool::mark_available,
        pool::rate_card, pool::set_rate, pool::remove_rate,
        deals::list_bookings, deals::read_booking, deals::create_booking, deals::booking_step,
        deals::list_contracts, deals::read_contract, deals::contract_step, deals::propose_variation, deals::legal_bases,
        opportunities::list, opportunities::read, opportunities::ask, opportunities::apply,
        opportunities::read_application, opportunities::application_step, opportunities::ranking, opportunities::award,
        recommendations::recommendations, recommendations::invite, recommendations::fitting, recommendations::alike,
        money::read_time, money::record_time, money::answer_time, money::list_invoices, money::read_invoice,
        money::generate, money::invoice_step, money::income,
        network::network, network::statistics,
        maps::capabilities, maps::map_services, maps::components, maps::component, maps::council_map,
        maps::save_entry, maps::remove_entry, maps::service_usage, maps::sharing_opportunities,
        groups::list, groups::read, groups::group_meetings, groups::read_meeting, groups::register, groups::cancel,
        groups::actions, groups::schedule, groups::add_item,
        group_posts::list_problems, group_posts::read_problem, group_posts::post_problem, group_posts::reply,
        group_posts::list_projects, group_posts::read_project, group_posts::post_project, group_posts::respond,
        open_contracting::releases, open_contracting::process_releases, open_contracting::record,
        opportunity_data::data_csv,
        meetings::calendar_feed, contracts::calendar_file, unsubscribe::page, unsubscribe::confirm,
    ),
    components(schemas(
        organisations::OrganisationItem, organisations::OrganisationPage, problem::Problem,
        reference::RoleItem, reference::LevelItem, reference::NamedItem,
        pool::ProfilePage, pool::ProfileSummary, pool::ProfileDetail, pool::WeekFree, pool::DoneBeforeItem,
        pool::CapacityBody, pool::RateItem, pool::RateBody,
        deals::WeekMinutes, deals::BookingItem, deals::NewBookingBody, deals::StepBody, deals::VersionItem,
        deals::ContractItem, deals::ContractStepBody, deals::VariationBody, deals::LegalBasisItem,
        opportunities::OpportunitySummary, opportunities::AwardItem, opportunities::OpportunityPage,
        opportunities::CriterionItem, opportunities::QuestionItem, opportunities::ChangeItem,
        opportunities::OpportunityDetail, opportunities::QuestionBody, opportunities::EvidenceItem,
        opportunities::MemberItem, opportunities::ApplicationBody, opportunities::ApplicationItem,
        opportunities::ApplicationStepBody, opportunities::RankedItem, opportunities::AwardBody,
        recommendations::RecommendedItem, recommendations::InvitationItem, recommendations::Recommendations,
        recommendations::InvitationBody, recommendations::FitItem, recommendations::AlikeItem,
        money::TimeItem, money::DayBody, money::RecordBody, money::AnswerBody, money::InvoiceLineItem,
        money::InvoiceItem, money::GenerateBody, money::InvoiceStepBody, money::IncomeItem, money::BalanceItem,
        money::IncomeBody,
        crate::handlers::network::NetworkJson, crate::handlers::network::CouncilJson,
        crate::handlers::network::FlowJson, network::QuarterItem,
        maps::CapabilityItem, maps::MapServiceItem, maps::ComponentItem, maps::ComponentUseItem,
        maps::ComponentUsage, maps::MapEntryItem, maps::EntryBody, maps::NeedCountItem, maps::ServiceUsage,
        maps::ReuseItem, maps::ContractEndItem, maps::TogetherItem, maps::SharingItem,
        groups::GroupItem, groups::GroupPage, groups::CouncilItem, groups::MeetingItem, groups::GroupDetail,
        groups::GroupMeetings, groups::AgendaItemOut, groups::RegistrantItem, groups::MeetingDetail, groups::PlaceItem,
        groups::ActionItem, groups::MeetingActions, groups::MeetingBody, groups::Created, groups::AgendaItemBody,
        group_posts::ProblemItem, group_posts::ProblemPage, group_posts::ReplyItem, group_posts::ProblemDetail,
        group_posts::ProblemBody, group_posts::ReplyBody, group_posts::ProjectItem,
        group_posts::ProjectPage, group_posts::ResponseItem, group_posts::ProjectDetail, group_posts::ProjectBody,
        group_posts::ResponseBody,
    )),
    modifiers(&SecuritySchemes, &PackageSchemas, &StandardResponses),
    tags(
        (name = "organisations", description = "UK councils on the service"),
        (name = "reference", description = "Lists people choose from"),
        (name = "talent pool", description = "Practitioners' profiles, free hours and rates"),
        (name = "bookings and contracts", description = "Booking practitioners' hours and the contracts that follow"),
        (name = "opportunities", description = "Requirements councils post, the applications they receive, and awards"),
        (name = "time and money", description = "Time recorded on contracts, invoices, income and ledger balances"),
        (name = "collaboration", description = "Who lends to whom across the sector, and the sector's statistics by quarter"),
        (name = "capability map", description = "What councils' services need, the components that meet each need, and what councils could share"),
        (name = "peer groups", description = "Regional peer groups, their meetings, agendas, registrations and actions; problems brought and projects shown"),
        (name = "open data", description = "Open contracting data (OCDS 1.1) and published opportunities as CSV, to anyone, outside /api/v1"),
        (name = "email and calendars", description = "Calendar feeds and files, and the one-click unsubscribe links of emails, outside /api/v1")
    )
)]
pub struct ApiDoc;

/// Declares the schemes the secured paths name: the personal access token of the API, and
/// the browser's session of the few downloads outside it.
struct SecuritySchemes;

impl utoipa::Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("A personal access token from your account page, e.g. mc_0123…"))
            .build();
        components.add_security_scheme("token", SecurityScheme::Http(scheme));
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "__Host-mc_session",
                "The session cookie signing in on /sign-in sets (`mc_session` where the service is not served over https).",
            ))),
        );
    }
}

pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The API's routes, to be nested under `/api/v1`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .route("/organisations", get(organisations::list))
        .route("/reference/roles", get(reference::roles))
        .route("/reference/skills", get(reference::skills))
        .route("/reference/services", get(reference::services))
        .route("/reference/capabilities", get(maps::capabilities))
        .route("/reference/map-services", get(maps::map_services))
        .route("/components", get(maps::components))
        .route("/components/{id}", get(maps::component))
        .route("/councils/{code}/map", get(maps::council_map))
        .route(
            "/councils/{code}/map/{lgsl_id}/{capability_id}",
            put(maps::save_entry).delete(maps::remove_entry),
        )
        .route("/councils/{code}/sharing", get(maps::sharing_opportunities))
        .route("/services/{lgsl_id}/map", get(maps::service_usage))
        .route("/profiles", get(pool::search))
        .route("/profiles/{id}", get(pool::read))
        .route("/profiles/{id}/alike", get(recommendations::alike))
        .route("/profile", get(pool::read_own))
        .route("/profile/opportunities", get(recommendations::fitting))
        .route("/profile/capacity", put(pool::set_capacity))
        .route(
            "/profile/unavailable-weeks/{week}",
            put(pool::mark_unavailable).delete(pool::mark_available),
        )
        .route("/councils/{code}/rate-card", get(pool::rate_card))
        .route(
            "/councils/{code}/rate-card/{level_id}",
            put(pool::set_rate).delete(pool::remove_rate),
        )
        .route("/bookings", get(deals::list_bookings).post(deals::create_booking))
        .route("/bookings/{id}", get(deals::read_booking))
        .route("/bookings/{id}/{step}", post(deals::booking_step))
        .route("/contracts", get(deals::list_contracts))
        .route("/contracts/{id}", get(deals::read_contract))
        .route("/contracts/{id}/variations", post(deals::propose_variation))
        .route("/contracts/{id}/{step}", post(deals::contract_step))
        .route("/legal-bases", get(deals::legal_bases))
        .route("/opportunities", get(opportunities::list))
        .route("/opportunities/{id}", get(opportunities::read))
        .route("/opportunities/{id}/questions", post(opportunities::ask))
        .route(
            "/opportunities/{id}/applications",
            get(opportunities::ranking).post(opportunities::apply),
        )
        .route("/opportunities/{id}/award", post(opportunities::award))
        .route(
            "/opportunities/{id}/recommendations",
            get(recommendations::recommendations),
        )
        .route("/opportunities/{id}/invitations", post(recommendations::invite))
        .route("/applications/{id}", get(opportunities::read_application))
        .route("/contracts/{id}/time", get(money::read_time).post(money::record_time))
        .route("/contracts/{id}/time/{answer}", post(money::answer_time))
        .route(
            "/councils/{code}/invoices",
            get(money::list_invoices).post(money::generate),
        )
        .route("/councils/{code}/income", get(money::income))
        .route("/network", get(network::network))
        .route("/statistics", get(network::statistics))
        .route("/invoices/{id}", get(money::read_invoice))
        .route("/invoices/{id}/{step}", post(money::invoice_step))
        .route("/applications/{id}/{step}", post(opportunities::application_step))
        .route("/groups", get(groups::list))
        .route("/groups/{slug}", get(groups::read))
        .route(
            "/groups/{slug}/meetings",
            get(groups::group_meetings).post(groups::schedule),
        )
        .route("/meetings/{id}", get(groups::read_meeting))
        .route(
            "/meetings/{id}/registration",
            put(groups::register).delete(groups::cancel),
        )
        .route("/meetings/{id}/actions", get(groups::actions))
        .route("/meetings/{id}/agenda", post(groups::add_item))
        .route(
            "/problems",
            get(group_posts::list_problems).post(group_posts::post_problem),
        )
        .route("/problems/{id}", get(group_posts::read_problem))
        .route("/problems/{id}/replies", post(group_posts::reply))
        .route(
            "/projects",
            get(group_posts::list_projects).post(group_posts::post_project),
        )
        .route("/projects/{id}", get(group_posts::read_project))
        .route("/projects/{id}/responses", post(group_posts::respond))
        .fallback(problem::not_found)
        .layer(axum::middleware::from_fn(problem::ensure_problem_json))
}
