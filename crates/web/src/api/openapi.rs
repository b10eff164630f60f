//! Completes the generated OpenAPI document with what every operation can answer, so that
//! clients (and the fuzz run in the test script) find every status documented: `400` for
//! malformed input (control characters, bad parameters), `401`/`403`/`429` where a token
//! is read, `404` where a path names something, `413`/`415`/`422` where a body is sent,
//! `503` while the database cannot be reached. Each is `application/problem+json`.
//! It also states the constraints of the path parameters the handlers check.

use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::response::{ResponseBuilder, Responses};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::{Content, OpenApi, Ref, RefOr};

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

fn problem(description: &str) -> RefOr<utoipa::openapi::Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/problem+json",
            Content::new(Some(RefOr::Ref(Ref::from_schema_name("Problem")))),
        )
        .build()
        .into()
}

fn add(responses: &mut Responses, status: &str, description: &str) {
    responses
        .responses
        .entry(status.to_string())
        .or_insert_with(|| problem(description));
}

fn constrain(parameter: &mut Parameter, path: &str) {
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
    let secured = operation.security.as_ref().is_some_and(|s| !s.is_empty());
    // A path that names something, or the caller's own profile, which may not exist yet.
    let names_a_resource = path.contains('{') || path.starts_with("/api/v1/profile/") || path == "/api/v1/profile";
    let has_body = operation.request_body.is_some();
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
    );
    if secured {
        add(
            r,
            "401",
            "No token, or one that is not valid, has expired or was revoked.",
        );
        add(r, "403", "The token lacks the scope, or its owner may not do this.");
        add(r, "429", "The token made too many requests; wait as Retry-After says.");
    }
    if names_a_resource {
        add(r, "404", "There is no such resource, or the caller may not see it.");
    }
    if has_body {
        add(r, "413", "The body is larger than 64 KiB.");
        add(r, "415", "The body is not sent as application/json.");
        add(r, "422", "The body is JSON but not of the documented shape.");
    }
    add(
        r,
        "503",
        "The database cannot be reached just now; try again as Retry-After says.",
    );
}

impl utoipa::Modify for StandardResponses {
    fn modify(&self, openapi: &mut OpenApi) {
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
