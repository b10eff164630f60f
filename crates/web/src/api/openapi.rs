//! Completes the generated OpenAPI document with what every operation can answer, so that
//! clients (and the fuzz run in the test script) find every status documented: `400` for
//! malformed input (control characters, bad parameters), `401`/`403`/`429` where a token
//! is read, `404` where a path names something, `413`/`415`/`422` where a body is sent,
//! `503` while the database cannot be reached. Each is `application/problem+json`.
//! It also states the constraints of the path parameters the handlers check.

use crate::handlers::open_contracting::RELEASES_PAGE;
use crate::handlers::opportunities::data::DATA_PAGE_ROWS;
use std::collections::BTreeSet;
use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::response::{ResponseBuilder, Responses};
use utoipa::openapi::schema::{ArrayItems, Object, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type};
use utoipa::openapi::{Content, KnownFormat, OpenApi, Ref, RefOr};

pub struct StandardResponses;

/// The steps each action path accepts, by its template.
const STEPS: &[(&str, &[&str])] = &[
    (
        "/api/v1/bookings/{id}/{step}",
        &["accept", "decline", "approve", "withdraw"],
    ),
    (
        "/api/v1/contracts/{id}/{step}",
        &[
            "accept",
            "complete",
            "terminate",
            "variation-accept",
            "variation-decline",
            "variation-withdraw",
        ],
    ),
    ("/api/v1/contracts/{id}/time/{answer}", &["approve", "query"]),
    ("/api/v1/invoices/{id}/{step}", &["issue", "discard", "credit", "pay"]),
    ("/api/v1/applications/{id}/{step}", &["approve", "decline", "withdraw"]),
];

/// A council's code: three or four letters, e.g. `WOK` (any case).
pub const COUNCIL_CODE_PATTERN: &str = "^[A-Za-z]{3,4}$";
/// An ISO week, e.g. `2026-W49`.
pub const WEEK_PATTERN: &str = "^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$";

/// Text in a JSON body: anything but control characters (C0, DEL and C1), though tabs and
/// line breaks. The input guard (`crate::input`) and the fields' own rules refuse the rest.
const BODY_TEXT_PATTERN: &str = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";
/// Text in a query string or path: no control characters at all.
const URL_TEXT_PATTERN: &str = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";

fn is_string(schema_type: &SchemaType) -> bool {
    match schema_type {
        SchemaType::Type(t) => matches!(t, Type::String),
        SchemaType::Array(types) => types.iter().any(|t| matches!(t, Type::String)),
        SchemaType::AnyValue => false,
    }
}

/// Gives a free-text string schema (no pattern, format or list of values) `pattern`.
fn mark_text(object: &mut Object, pattern: &str) {
    if is_string(&object.schema_type)
        && object.pattern.is_none()
        && object.format.is_none()
        && object.enum_values.is_none()
    {
        object.pattern = Some(pattern.to_string());
    }
}

/// Marks the free text in `schema`, and collects the components it refers to.
fn mark_body_text(schema: &mut RefOr<Schema>, refs: &mut BTreeSet<String>) {
    match schema {
        RefOr::Ref(r) => {
            if let Some(name) = r.ref_location.strip_prefix("#/components/schemas/") {
                refs.insert(name.to_string());
            }
        }
        RefOr::T(Schema::Object(object)) => {
            mark_text(object, BODY_TEXT_PATTERN);
            for property in object.properties.values_mut() {
                mark_body_text(property, refs);
            }
        }
        RefOr::T(Schema::Array(array)) => {
            if let ArrayItems::RefOrSchema(items) = &mut array.items {
                mark_body_text(items, refs);
            }
        }
        RefOr::T(Schema::OneOf(one)) => one.items.iter_mut().for_each(|s| mark_body_text(s, refs)),
        RefOr::T(Schema::AllOf(all)) => all.items.iter_mut().for_each(|s| mark_body_text(s, refs)),
        RefOr::T(Schema::AnyOf(any)) => any.items.iter_mut().for_each(|s| mark_body_text(s, refs)),
        RefOr::T(_) => {}
    }
}

/// States in every request body's schema, and the components it uses, that text may not
/// hold control characters, as the input guard enforces.
fn mark_request_text(openapi: &mut OpenApi) {
    let mut pending = BTreeSet::new();
    for item in openapi.paths.paths.values_mut() {
        for operation in [&mut item.put, &mut item.post, &mut item.patch].into_iter().flatten() {
            let Some(RefOr::T(body)) = operation.request_body.as_mut() else {
                continue;
            };
            for content in body.content.values_mut() {
                if let RefOr::T(Content {
                    schema: Some(schema), ..
                }) = content
                {
                    mark_body_text(schema, &mut pending);
                }
            }
        }
    }
    let Some(components) = openapi.components.as_mut() else {
        return;
    };
    let mut done = BTreeSet::new();
    while let Some(name) = pending.pop_first() {
        if !done.insert(name.clone()) {
            continue;
        }
        if let Some(schema) = components.schemas.get_mut(&name) {
            mark_body_text(schema, &mut pending);
        }
    }
}

/// How a path answers what goes wrong: problem+json for programs (the API and the open
/// contracting data), a GOV.UK error page for the rest (see `crate::input::is_machine`).
#[derive(Clone, Copy)]
enum Refusals {
    Problem,
    Page,
}

fn refusal(description: &str, refusals: Refusals) -> RefOr<utoipa::openapi::Response> {
    let builder = ResponseBuilder::new().description(description);
    match refusals {
        Refusals::Problem => builder.content(
            "application/problem+json",
            Content::new(Some(RefOr::Ref(Ref::from_schema_name("Problem")))),
        ),
        Refusals::Page => builder.content(
            "text/html",
            Content::new(Some(RefOr::T(Schema::Object(
                ObjectBuilder::new().schema_type(Type::String).build(),
            )))),
        ),
    }
    .build()
    .into()
}

fn add(responses: &mut Responses, status: &str, description: &str, refusals: Refusals) {
    responses
        .responses
        .entry(status.to_string())
        .or_insert_with(|| refusal(description, refusals));
}

/// An `ocid`: the deployment's prefix (letters, digits and hyphens), the kind of process and
/// its number.
const OCID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9-]*$";
/// The secret of an emailed link: 64 hexadecimal digits.
const SECRET_PATTERN: &str = "^[0-9a-f]{64}$";
/// A calendar feed's secret, with or without `.ics` after it.
const FEED_PATTERN: &str = "^[0-9a-f]{64}(\\.ics)?$";
/// The `after` of `/ocds/releases.json`'s next page: time in nanoseconds, process,
/// process number, release and subject.
const RELEASE_CURSOR_PATTERN: &str =
    "^[0-9]{1,18}\\.(opportunity|booking)\\.[0-9]{1,18}\\.(tender|amendment|award|contract|variation)\\.[0-9]{1,18}$";

/// Hourly rates in pounds from £0.01 to £1,000, as `rate` filters take them.
const POUNDS_RATE_PATTERN: &str = r"^(1000(\.00?)?|[1-9][0-9]{0,2}(\.[0-9]{1,2})?|0\.([1-9][0-9]?|0[1-9]))$";
/// The cursors `GET /api/v1/organisations` hands out (base64url).
const CURSOR_PATTERN: &str = "^[A-Za-z0-9_-]+$";

/// What the handlers check of each query parameter, stated in the document.
fn query_constraint(object: &mut Object, path: &str, name: &str) {
    let values = |object: &mut Object, values: &[&str]| {
        object.enum_values = Some(values.iter().map(|v| serde_json::Value::from(*v)).collect());
    };
    let range = |object: &mut Object, min: i64, max: Option<i64>| {
        object.minimum = Some(utoipa::Number::Int(min as isize));
        object.maximum = max.map(|m| utoipa::Number::Int(m as isize));
    };
    match (path, name) {
        (_, "council") => object.pattern = Some(COUNCIL_CODE_PATTERN.into()),
        ("/api/v1/bookings" | "/api/v1/contracts", "side") => values(object, &["buyer", "supplier"]),
        ("/api/v1/councils/{code}/invoices", "side") => values(object, &["supplier", "buyer"]),
        ("/api/v1/organisations", "limit") => range(object, 1, Some(super::organisations::MAX_LIMIT)),
        ("/api/v1/organisations", "cursor") => object.pattern = Some(CURSOR_PATTERN.into()),
        ("/api/v1/organisations", "q") => object.max_length = Some(100),
        ("/api/v1/organisations", "code" | "type") => object.max_length = Some(10),
        ("/api/v1/organisations", "nation") => object.max_length = Some(40),
        ("/api/v1/opportunities", "kind") => values(object, &["specialist", "outcome"]),
        ("/api/v1/opportunities", "status") => {
            values(object, &["live", "closed", "awarded", "unsuccessful", "cancelled"])
        }
        ("/api/v1/opportunities", "rate") => object.pattern = Some(POUNDS_RATE_PATTERN.into()),
        ("/api/v1/opportunities", "cursor") => object.pattern = Some(store::opportunity_list::CURSOR_PATTERN.into()),
        ("/api/v1/opportunities" | "/api/v1/profiles", "region") => values(object, &domain::pool::REGIONS),
        ("/api/v1/profiles", "page") => range(object, 1, Some(50)),
        ("/api/v1/profiles", "max_rate_pence" | "min_free_minutes") => range(object, 0, None),
        ("/api/v1/profiles", "from_week" | "to_week") => object.pattern = Some(WEEK_PATTERN.into()),
        ("/ocds/releases.json", "since" | "until") => {
            object.format = Some(SchemaFormat::KnownFormat(KnownFormat::DateTime))
        }
        ("/ocds/releases.json", "limit") => range(object, 1, Some(RELEASES_PAGE)),
        ("/ocds/releases.json", "after") => object.pattern = Some(RELEASE_CURSOR_PATTERN.into()),
        ("/opportunities/data.csv", "kind") => values(object, &["specialist", "outcome"]),
        ("/opportunities/data.csv", "status") => {
            values(object, &["live", "closed", "awarded", "unsuccessful", "cancelled"])
        }
        ("/opportunities/data.csv", "region") => values(object, &domain::pool::REGIONS),
        ("/opportunities/data.csv", "remote") => values(object, &["yes"]),
        ("/opportunities/data.csv", "rate") => object.pattern = Some(POUNDS_RATE_PATTERN.into()),
        ("/opportunities/data.csv", "rows") => range(object, 1, Some(DATA_PAGE_ROWS)),
        ("/opportunities/data.csv", "after") => object.pattern = Some(store::opportunity_list::CURSOR_PATTERN.into()),
        _ => {}
    }
}

fn constrain(parameter: &mut Parameter, path: &str) {
    if let Some(RefOr::T(Schema::Object(object))) = parameter.schema.as_mut() {
        if matches!(parameter.parameter_in, ParameterIn::Query) {
            query_constraint(object, path, &parameter.name);
        }
        mark_text(object, URL_TEXT_PATTERN);
    }
    if !matches!(parameter.parameter_in, ParameterIn::Path) {
        return;
    }
    let string = |pattern: Option<&str>, values: Option<&[&str]>| {
        let mut schema = ObjectBuilder::new().schema_type(Type::String);
        if let Some(p) = pattern {
            schema = schema.pattern(Some(p));
        }
        if let Some(v) = values {
            schema = schema.enum_values(Some(v.iter().copied()));
        }
        Some(RefOr::T(Schema::Object(schema.build())))
    };
    match parameter.name.as_str() {
        "code" => parameter.schema = string(Some(COUNCIL_CODE_PATTERN), None),
        "ocid" => parameter.schema = string(Some(OCID_PATTERN), None),
        "token" if path.starts_with("/calendar/") => parameter.schema = string(Some(FEED_PATTERN), None),
        "token" => parameter.schema = string(Some(SECRET_PATTERN), None),
        "week" => parameter.schema = string(Some(WEEK_PATTERN), None),
        "step" | "answer" => {
            if let Some((_, steps)) = STEPS.iter().find(|(p, _)| *p == path) {
                parameter.schema = string(None, Some(steps));
            }
        }
        _ => {}
    }
}

fn complete(path: &str, operation: &mut Operation) {
    let refusals = if crate::input::is_machine(path) {
        Refusals::Problem
    } else {
        Refusals::Page
    };
    // Only the API's token brings 401 and 429; a page's session sends people to sign in.
    let secured = matches!(refusals, Refusals::Problem) && operation.security.as_ref().is_some_and(|s| !s.is_empty());
    let has_body = operation.request_body.is_some();
    // A path that names something, or the caller's own profile, which may not exist yet; a
    // parameter or body that names a council or a page; a booking's body names a council
    // and a profile.
    let names_parameter = operation.parameters.iter().flatten().any(|p| match p {
        RefOr::T(p) => matches!(p.name.as_str(), "council" | "cursor"),
        RefOr::Ref(_) => false,
    });
    let names_a_resource = path.contains('{')
        || path.starts_with("/api/v1/profile/")
        || path == "/api/v1/profile"
        || names_parameter
        || (path == "/api/v1/bookings" && has_body);
    for parameter in operation.parameters.iter_mut().flatten() {
        if let RefOr::T(parameter) = parameter {
            constrain(parameter, path);
        }
    }
    let r = &mut operation.responses;
    add(
        r,
        "400",
        "The request is not valid: a parameter, or a control character anywhere.",
        refusals,
    );
    if secured {
        add(
            r,
            "401",
            "No token, or one that is not valid, has expired or was revoked.",
            refusals,
        );
        add(
            r,
            "403",
            "The token lacks the scope, or its owner may not do this.",
            refusals,
        );
        add(
            r,
            "429",
            "The token made too many requests; wait as Retry-After says.",
            refusals,
        );
    }
    if names_a_resource {
        add(
            r,
            "404",
            "There is no such resource, or the caller may not see it.",
            refusals,
        );
    }
    if has_body {
        add(r, "413", "The body is larger than 64 KiB.", refusals);
        add(r, "415", "The body is not sent as application/json.", refusals);
        add(r, "422", "The body is JSON but not of the documented shape.", refusals);
    }
    add(
        r,
        "503",
        "The database cannot be reached just now; try again as Retry-After says.",
        refusals,
    );
}

impl utoipa::Modify for StandardResponses {
    fn modify(&self, openapi: &mut OpenApi) {
        mark_request_text(openapi);
        for (path, item) in openapi.paths.paths.iter_mut() {
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                complete(path, operation);
            }
        }
    }
}
