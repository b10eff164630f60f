//! Every route of the service, and the middleware around them.

use crate::handlers::{
    account, admin, agreements, applications, auth, bookings, components, contracts, contracts_register, council,
    council_pool, council_sign_in, feedback, groups, health, income, invoices, leaving, map_files, maps, matrix,
    meeting_guests, meeting_records, meetings, moderation, network, notifications, open_contracting, opportunities,
    pages, personal_data, pool, problems, profile, projects, reference_lists, render_error_pages, second_factor,
    sharing, statistics, timesheets, unsubscribe, work,
};
use crate::state::AppState;
use crate::{api, assets, csrf, input, metrics, request_id, security};
use axum::extract::DefaultBodyLimit;
use axum::middleware::{from_fn, from_fn_with_state, map_request};
use axum::routing::{get, post};
use axum::Router;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub fn router(state: AppState) -> Router {
    metrics::init();
    let html = Router::new()
        .route("/", get(pages::home))
        .route("/cookies", get(pages::cookies))
        .route("/accessibility", get(pages::accessibility))
        .route("/privacy", get(pages::privacy))
        .route("/statistics", get(statistics::page))
        .route("/sign-up", get(auth::sign_up_form).post(auth::sign_up))
        .route("/sign-up/check-email", get(auth::check_email))
        .route("/verify/{token}", get(auth::verify_form).post(auth::verify))
        .route("/sign-in", get(auth::sign_in_form).post(auth::sign_in))
        .route("/sign-in/code", get(second_factor::code_form).post(second_factor::code))
        .route("/account/two-factor", get(second_factor::page))
        .route("/account/two-factor/start", post(second_factor::start))
        .route("/account/two-factor/confirm", post(second_factor::confirm))
        .route("/account/two-factor/recovery-codes", post(second_factor::renew))
        .route("/account/two-factor/off", post(second_factor::turn_off))
        .route(
            "/councils/{code}/second-factor",
            post(second_factor::council_requirement),
        )
        .route(
            "/sign-in/organisation",
            get(council_sign_in::start_form).post(council_sign_in::start),
        )
        .route(app::council_sign_in::CALLBACK_PATH, get(council_sign_in::callback))
        .route(
            "/councils/{code}/sign-in-provider",
            get(council_sign_in::settings).post(council_sign_in::save),
        )
        .route(
            "/councils/{code}/sign-in-provider/remove",
            post(council_sign_in::remove),
        )
        .route("/sign-out", post(auth::sign_out))
        .route("/signed-out", get(auth::signed_out))
        .route("/forgot-password", get(auth::forgot_form).post(auth::forgot))
        .route("/forgot-password/sent", get(auth::forgot_sent))
        .route("/reset-password/{token}", get(auth::reset_form).post(auth::reset))
        .route("/account", get(account::show))
        .route("/account/sign-out-everywhere", post(account::sign_out_everywhere))
        .route("/councils/{code}/leave", get(leaving::own_form).post(leaving::own))
        .route(
            "/councils/{code}/members/{user_id}/remove",
            get(leaving::member_form).post(leaving::member),
        )
        .route("/account/data", get(personal_data::own_page))
        .route("/account/data.json", get(personal_data::own_file))
        .route(
            "/councils/{code}/members/{user_id}/data",
            get(personal_data::member_page),
        )
        .route(
            "/councils/{code}/members/{user_id}/data.json",
            get(personal_data::member_file),
        )
        .route("/admin/people/{user_id}/data", get(personal_data::person_page))
        .route("/admin/people/{user_id}/data.json", get(personal_data::person_file))
        .route("/account/api-tokens", post(account::create_token))
        .route("/account/api-tokens/{id}/revoke", post(account::revoke_token))
        .route("/councils/{code}/members", get(council::members_list))
        .route(
            "/councils/{code}/members/{user_id}/roles",
            get(council::roles_form).post(council::roles_update),
        )
        .route("/councils/{code}/audit", get(council::audit_log))
        .route("/profile", get(profile::show))
        .route(
            "/profile/details",
            get(profile::details_form).post(profile::details_save),
        )
        .route("/profile/{what}", get(profile::choices_form))
        .route("/profile/{what}/add", post(profile::change))
        .route("/profile/{what}/{id}/remove", post(profile::remove))
        .route(
            "/profile/done-before",
            get(profile::done_before_form).post(profile::done_before_add),
        )
        .route(
            "/profile/capacity",
            get(profile::capacity_form).post(profile::capacity_save),
        )
        .route("/profile/unavailable-weeks", post(profile::unavailable_week_add))
        .route("/profile/listing/{action}", post(profile::listing))
        .route("/pool", get(pool::search_page))
        .route("/pool/{id}", get(pool::profile_page))
        .route("/councils/{code}/profiles", get(council_pool::list))
        .route("/councils/{code}/profiles/{id}", get(council_pool::review))
        .route("/councils/{code}/profiles/{id}/rate", post(council_pool::set_rate))
        .route(
            "/councils/{code}/profiles/{id}/listing/{action}",
            post(council_pool::decide),
        )
        .route(
            "/councils/{code}/rate-card",
            get(council_pool::rate_card).post(council_pool::rate_card_save),
        )
        .route("/pool/{id}/book", get(bookings::new_form).post(bookings::submit))
        .route("/bookings/{id}", get(bookings::show))
        .route("/bookings/{id}/{action}", post(bookings::step))
        .route("/contracts/{id}", get(contracts::show))
        .route("/contracts/{id}/summary", get(contracts::summary))
        .route("/contracts/{id}/calendar.ics", get(contracts::calendar_file))
        .route("/contracts/{id}/versions/{number}", get(contracts::version))
        .route(
            "/contracts/{id}/variations/new",
            get(contracts::variation_form).post(contracts::propose_variation),
        )
        .route(
            "/contracts/{id}/time",
            get(timesheets::contract_time).post(timesheets::decide),
        )
        .route("/contracts/{id}/feedback", get(feedback::show).post(feedback::give))
        .route("/contracts/{id}/{action}", post(contracts::step))
        .route("/timesheet", get(timesheets::timesheet).post(timesheets::save))
        .route("/councils/{code}/income", get(income::page))
        .route("/councils/{code}/income.csv", get(income::csv))
        .route("/councils/{code}/payroll.csv", get(income::payroll_csv))
        .route("/councils/{code}/spend.csv", get(income::spend_csv))
        .route("/councils/{code}/contracts-register", get(contracts_register::page))
        .route("/councils/{code}/contracts-register.csv", get(contracts_register::csv))
        .route("/councils/{code}/invoices", get(invoices::list))
        .route("/councils/{code}/invoices.csv", get(invoices::csv))
        .route("/councils/{code}/invoices/generate", post(invoices::generate))
        .route("/invoices/{id}", get(invoices::show))
        .route("/invoices/{id}/{action}", post(invoices::step))
        .route("/work", get(work::page))
        .route("/opportunities", get(opportunities::list))
        .route("/opportunities/data.csv", get(opportunities::data_csv))
        .route("/ocds/releases.json", get(open_contracting::releases))
        .route("/ocds/{ocid}/releases.json", get(open_contracting::process_releases))
        .route("/ocds/{ocid}/record.json", get(open_contracting::record))
        .route("/services/suggest", get(crate::service_picker::suggest))
        .route(
            "/services/suggest-mappable",
            get(crate::service_picker::suggest_mappable),
        )
        .route(
            "/opportunities/alerts",
            get(opportunities::alerts).post(opportunities::alert_save),
        )
        .route("/opportunities/alerts/{id}", post(opportunities::alert_change))
        .route("/opportunities/{id}", get(opportunities::show))
        .route("/opportunities/{id}/edit", get(opportunities::task_list))
        .route(
            "/opportunities/{id}/edit/{section}",
            get(opportunities::section_form).post(opportunities::section_save),
        )
        .route("/opportunities/{id}/publish", post(opportunities::publish))
        .route("/opportunities/{id}/copy", post(opportunities::copy))
        .route(
            "/opportunities/{id}/change",
            get(opportunities::change_form).post(opportunities::change),
        )
        .route(
            "/opportunities/{id}/questions",
            get(opportunities::questions).post(opportunities::ask),
        )
        .route(
            "/opportunities/{id}/recommendations",
            get(opportunities::recommendations).post(opportunities::invite),
        )
        .route(
            "/opportunities/{id}/questions/{question}/answer",
            post(opportunities::answer),
        )
        .route(
            "/opportunities/{id}/apply",
            get(applications::apply_form).post(applications::apply),
        )
        .route("/opportunities/{id}/evaluate", get(applications::evaluate))
        .route("/opportunities/{id}/outcome/{action}", post(applications::outcome))
        .route(
            "/councils/{code}/opportunities",
            get(opportunities::council_list).post(opportunities::start),
        )
        .route("/applications", get(applications::mine))
        .route("/applications/{id}", get(applications::show))
        .route(
            "/applications/{id}/score",
            get(applications::score_form).post(applications::score),
        )
        .route("/applications/{id}/{action}", post(applications::step))
        .route("/councils/{code}/agreement", get(agreements::council_show))
        .route("/councils/{code}/agreement/sign", post(agreements::sign))
        .route("/councils/{code}/agreement/defaults", post(agreements::set_defaults))
        .route("/councils/{code}/time-settings", post(timesheets::set_time_settings))
        .route("/admin/agreements", get(agreements::admin).post(agreements::publish))
        .route("/admin/legal-bases", post(agreements::add_legal_basis))
        .route("/admin/legal-bases/{id}/{action}", post(agreements::retire_legal_basis))
        .route("/notifications", get(notifications::list))
        .route("/notifications/read", post(notifications::mark_read))
        .route(
            "/account/notifications",
            get(notifications::preferences).post(notifications::save_preferences),
        )
        .route("/admin", get(admin::index))
        .route("/admin/councils", get(admin::councils_list))
        .route("/admin/councils/{code}", get(admin::council_show))
        .route("/admin/councils/{code}/domains", post(admin::add_domain))
        .route("/admin/councils/{code}/admins", post(admin::appoint_admin))
        .route("/admin/councils/{code}/credit-limit", post(admin::set_credit_limit))
        .route("/admin/audit", get(admin::audit_log))
        .route("/admin/components", get(components::review_list))
        .route("/admin/components/{id}/review", post(components::review))
        .route("/admin/moderation", get(moderation::list))
        .route(
            "/admin/moderation/hide",
            get(moderation::hide_form).post(moderation::hide),
        )
        .route("/admin/moderation/{id}/decide", post(moderation::decide))
        .route("/admin/reference", get(reference_lists::index))
        .route("/admin/reference/{list}", get(reference_lists::list))
        .route(
            "/admin/reference/{list}/new",
            get(reference_lists::new_form).post(reference_lists::add),
        )
        .route(
            "/admin/reference/{list}/{id}",
            get(reference_lists::show).post(reference_lists::change),
        )
        .route("/admin/reference/{list}/{id}/retire", post(reference_lists::retire))
        .route("/admin/reference/{list}/{id}/restore", post(reference_lists::restore))
        .route("/moderation/{id}", get(moderation::show))
        .route("/moderation/{id}/appeal", post(moderation::appeal))
        .route("/maps", get(maps::index))
        .route("/maps/services/{lgsl_id}", get(maps::service_usage))
        .route("/maps/components", get(components::list))
        .route(
            "/maps/components/new",
            get(components::new_form).post(components::create),
        )
        .route("/maps/components/{id}", get(components::show))
        .route("/maps/sharing", get(sharing::mine))
        .route("/maps/matrix", get(matrix::page))
        .route("/network", get(network::sector_page))
        .route("/network.csv", get(network::sector_csv))
        .route("/network.json", get(network::sector_json))
        .route("/network/{code}", get(network::council_page))
        .route("/maps/matrix.csv", get(matrix::csv))
        .route("/councils/{code}/sharing", get(sharing::page))
        .route("/councils/{code}/sharing/products", get(sharing::products))
        .route(
            "/councils/{code}/sharing/dismiss",
            get(sharing::dismiss_form).post(sharing::dismiss),
        )
        .route("/councils/{code}/sharing/draft", post(sharing::to_draft))
        .route("/councils/{code}/map", get(maps::council_map))
        .route("/councils/{code}/map.csv", get(map_files::export))
        .route(
            "/councils/{code}/map/import",
            get(map_files::import_form).post(map_files::import),
        )
        .route("/maps/import-example.csv", get(map_files::example))
        .route("/councils/{code}/map/{lgsl_id}", get(maps::service_map))
        .route("/councils/{code}/map/{lgsl_id}/history", get(maps::service_history))
        .route(
            "/councils/{code}/map/{lgsl_id}/capabilities",
            get(maps::capabilities_form).post(maps::capabilities_save),
        )
        .route(
            "/councils/{code}/map/{lgsl_id}/capabilities/{capability_id}",
            get(maps::entry_form).post(maps::entry_save),
        )
        .route("/groups", get(groups::list))
        .route("/groups/new", get(groups::new_form).post(groups::create))
        .route("/groups/{slug}", get(groups::show))
        .route("/groups/{slug}/edit", get(groups::edit_form).post(groups::edit))
        .route("/groups/{slug}/members", get(groups::members))
        .route("/groups/{slug}/councils", post(groups::invite))
        .route("/groups/{slug}/councils/{code}/answer", post(groups::answer))
        .route("/groups/{slug}/councils/{code}/withdraw", post(groups::withdraw))
        .route("/groups/{slug}/join", post(groups::join))
        .route("/groups/{slug}/leave", post(groups::leave))
        .route("/groups/{slug}/leads/{user_id}", post(groups::set_lead))
        .route(
            "/groups/{slug}/meetings/new",
            get(meetings::new_form).post(meetings::schedule),
        )
        .route("/meetings/{id}", get(meetings::show))
        .route("/meetings/{id}/edit", get(meetings::edit_form).post(meetings::edit))
        .route("/meetings/{id}/register", post(meetings::register))
        .route("/meetings/{id}/calendar.ics", get(meetings::calendar_file))
        .route("/meetings/{id}/guests", post(meeting_guests::invite))
        .route("/meetings/{id}/guests/{guest}/withdraw", post(meeting_guests::withdraw))
        .route("/meetings/{id}/naming", post(meeting_guests::naming))
        .route(
            "/guest/{token}",
            get(meeting_guests::invitation).post(meeting_guests::accept),
        )
        .route("/meetings/{id}/record", get(meeting_records::record))
        .route("/meetings/{id}/attendance", post(meeting_records::attendance))
        .route("/meetings/{id}/agenda/{item}/notes", post(meeting_records::notes))
        .route("/meetings/{id}/feedback", post(meeting_records::add_feedback))
        .route(
            "/meetings/{id}/feedback/{feedback}/remove",
            post(meeting_records::remove_feedback),
        )
        .route("/meetings/{id}/actions", post(meeting_records::add_action))
        .route(
            "/meetings/{id}/actions/{action}/review",
            post(meeting_records::review_action),
        )
        .route(
            "/meetings/{id}/write-up",
            get(meeting_records::writeup_form).post(meeting_records::writeup_save),
        )
        .route("/groups/{slug}/write-ups/{id}", get(meeting_records::writeup))
        .route("/groups/{slug}/write-ups.atom", get(meeting_records::writeups_feed))
        .route("/problems", get(problems::list))
        .route("/problems/new", get(problems::new_form).post(problems::post))
        .route("/problems/{id}", get(problems::show))
        .route("/problems/{id}/replies", post(problems::reply))
        .route("/problems/{id}/solve", post(problems::solve))
        .route("/problems/{id}/opportunity", post(problems::to_opportunity))
        .route("/problems/{id}/agenda", post(problems::agenda))
        .route("/groups/{slug}/problems", get(problems::group_list))
        .route("/projects", get(projects::list))
        .route("/projects/new", get(projects::new_form).post(projects::post))
        .route("/projects/{id}", get(projects::show))
        .route("/projects/{id}/responses", post(projects::respond))
        .route("/projects/{id}/responses/{response}/answer", post(projects::answer))
        .route("/projects/{id}/agenda", post(projects::agenda))
        .route("/groups/{slug}/projects", get(projects::group_list))
        .route("/groups/{slug}/themes", post(meeting_records::propose_theme))
        .route("/groups/{slug}/themes/{theme}/vote", post(meeting_records::vote))
        .route("/groups/{slug}/hosting", post(meeting_records::offer_to_host))
        .route(
            "/groups/{slug}/hosting/{offer}/answer",
            post(meeting_records::answer_offer),
        )
        .route("/calendar/{token}", get(meetings::calendar_feed))
        .route("/language/{lang}", get(crate::language::switch))
        .route(
            "/email/unsubscribe/{token}",
            get(unsubscribe::page).post(unsubscribe::confirm),
        )
        .route(
            "/account/calendar",
            get(meetings::calendar_page).post(meetings::calendar_start),
        )
        .route("/account/calendar/stop", post(meetings::calendar_stop))
        .route("/meetings/{id}/cancel", post(meetings::cancel))
        .route("/meetings/{id}/cancel-meeting", post(meetings::cancel_meeting))
        .route(
            "/meetings/{id}/agenda/new",
            get(meetings::new_item_form).post(meetings::add_item),
        )
        .route(
            "/meetings/{id}/agenda/{item}",
            get(meetings::item_form).post(meetings::edit_item),
        )
        .route("/meetings/{id}/agenda/{item}/remove", post(meetings::remove_item))
        .route("/meetings/{id}/agenda/{item}/move", post(meetings::move_item))
        .route("/admin/outbox", get(admin::outbox_list))
        .route(
            "/admin/profiles/{id}",
            get(admin::support_profile_form).post(admin::support_profile),
        )
        .route("/admin/profiles/{id}/support", get(admin::support_profile_view))
        .fallback(pages::not_found)
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn(crate::date_parts::join));

    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::render))
        .route("/assets/{*path}", get(assets::govuk_asset))
        .route("/static/{*path}", get(assets::static_file))
        .nest("/api/v1", api::routes())
        .merge(html)
        .layer(DefaultBodyLimit::max(csrf::FORM_LIMIT_BYTES))
        // Refusals of the input guard and the CSRF check get an error page too (API
        // responses never carry the page marker, so they pass untouched).
        .layer(from_fn(input::guard))
        // Problems (the API's, the open data's, the guard's) in the caller's language.
        .layer(from_fn_with_state(state.clone(), api::problem::in_callers_language))
        .layer(from_fn_with_state(state.clone(), render_error_pages))
        .layer(from_fn(metrics::track))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(PropagateRequestIdLayer::new(request_id::HEADER))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &axum::http::Request<_>| {
                    let reference = request_id::of(request).unwrap_or_default();
                    tracing::info_span!("request", request_id = %reference, method = %request.method(), path = %request.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(request_id::HEADER, request_id::NewReference))
        .layer(map_request(request_id::drop_unusable))
        .with_state(state)
}
