//! The shapes of the open contracting data (`/ocds/*`) in the API's document. The packages
//! are built as JSON by `app::open_contracting` and checked against OCDS 1.1.5's own
//! schemas in the tests; here they are described as far as a client needs to read them,
//! and no further (each object may hold more of OCDS's fields).

use utoipa::openapi::schema::{ArrayBuilder, ArrayItems, Object, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{KnownFormat, OpenApi, Ref, RefOr};

/// Adds `Release`, `ReleasePackage` and `RecordPackage` to the document's schemas.
pub struct PackageSchemas;

fn text(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
}

fn moment(description: &str) -> ObjectBuilder {
    text(description).format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
}

fn list_of(items: impl Into<RefOr<Schema>>, description: &str) -> ArrayBuilder {
    ArrayBuilder::new()
        .items(ArrayItems::RefOrSchema(Box::new(items.into())))
        .description(Some(description))
}

fn any_object(description: &str) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(description))
        .build()
}

/// The tags a release of this service carries (OCDS's release tag codelist, in part).
const TAGS: [&str; 6] = [
    "tender",
    "tenderAmendment",
    "award",
    "contract",
    "contractAmendment",
    "compiled",
];

fn release() -> Object {
    let tag = text("What the release tells.").enum_values(Some(TAGS));
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "An OCDS 1.1 release: a contracting process as it stood at `date`. Parties are councils, identified by org-id (e.g. `GB-LAE-WOK`); values are in GBP; no person is named.",
        ))
        .property("ocid", text("The contracting process's id, under the deployment's prefix."))
        .property("id", text("The release's id, unique within its process."))
        .property("date", moment("When the process stood so."))
        .property("tag", list_of(tag, "What the release tells."))
        .property("initiationType", text("Always `tender`.").enum_values(Some(["tender"])))
        .property("language", text("The language of the text, `en`."))
        .property("parties", list_of(any_object("A council, by org-id, with its roles."), "The councils taking part."))
        .property("buyer", any_object("The buying council: its org-id and name."))
        .property("tender", any_object("The requirement: title, description, value, period, award criteria."))
        .property("awards", list_of(any_object("An award: supplier, value, date."), "The awards made, once made."))
        .property("contracts", list_of(any_object("A contract, with its agreed variations as amendments."), "The contracts signed, once an award is made."))
        .required("ocid")
        .required("id")
        .required("date")
        .required("tag")
        .required("initiationType")
        .build()
}

fn publication(description: &str) -> ObjectBuilder {
    let publisher = ObjectBuilder::new()
        .schema_type(Type::Object)
        .property("name", text("The service's name."))
        .property("uri", text("The service's address."))
        .required("name");
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(description))
        .property("uri", text("This package's own address."))
        .property("version", text("The OCDS version, `1.1`."))
        .property(
            "publishedDate",
            moment("When the newest release in the package was dated."),
        )
        .property("publisher", publisher)
        .property(
            "license",
            text("The licence of the data: the Open Government Licence v3.0."),
        )
        .required("uri")
        .required("version")
        .required("publishedDate")
        .required("publisher")
}

fn release_package() -> Object {
    publication("An OCDS 1.1 release package (release-package-schema.json of OCDS 1.1.5).")
        .property(
            "releases",
            list_of(Ref::from_schema_name("Release"), "The releases, oldest first.").min_items(Some(1)),
        )
        .required("releases")
        .build()
}

fn record_package() -> Object {
    let linked = ObjectBuilder::new()
        .schema_type(Type::Object)
        .property(
            "url",
            text("Where the release is: its package's address and `#` its id."),
        )
        .property("date", moment("The release's date."))
        .property("tag", list_of(text("What the release tells."), "The release's tags."))
        .required("url")
        .required("date");
    let record = ObjectBuilder::new()
        .schema_type(Type::Object)
        .property("ocid", text("The contracting process's id."))
        .property("releases", list_of(linked, "Each of the process's releases, linked."))
        .property("compiledRelease", Ref::from_schema_name("Release"))
        .required("ocid")
        .required("releases")
        .required("compiledRelease");
    publication("An OCDS 1.1 record package (record-package-schema.json of OCDS 1.1.5) of one record.")
        .property(
            "packages",
            list_of(
                text("The address of the process's release package."),
                "Where the releases are.",
            ),
        )
        .property(
            "records",
            list_of(record, "The process's record.")
                .min_items(Some(1))
                .max_items(Some(1)),
        )
        .required("packages")
        .required("records")
        .build()
}

impl utoipa::Modify for PackageSchemas {
    fn modify(&self, openapi: &mut OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, schema) in [
            ("Release", release()),
            ("ReleasePackage", release_package()),
            ("RecordPackage", record_package()),
        ] {
            components
                .schemas
                .insert(name.to_string(), RefOr::T(Schema::Object(schema)));
        }
    }
}
