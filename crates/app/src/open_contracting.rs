//! Open Contracting Data Standard 1.1 (SPEC §4.10, issue 19 item 1): every awarded
//! opportunity and every contract booked directly from the pool is a contracting process
//! with an `ocid` under the configured prefix, published as releases — the tender when
//! published and on each change, the award, each contract and each agreed variation. A
//! release shows the process as it stood at its date. Councils are parties by their
//! org-id (`GB-LAE-WOK`); values are in GBP; nothing names a person, and what the buyer
//! showed to signed-in people only (title, description, criteria) is left out.

use crate::Ctx;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use store::ocds::{self, ContractPart, Event, TermsPart, BOOKING, OPPORTUNITY};
use store::opportunities::{self, Criterion, Opportunity};
use store::organisations::{self, Organisation};

/// The OCDS version the releases follow.
pub const VERSION: &str = "1.1";

/// A process's `ocid`: the prefix, then `opp-` and the opportunity's id, or `booking-` and
/// the contract's.
pub fn ocid(prefix: &str, process: &str, id: i64) -> String {
    let kind = if process == BOOKING { "booking" } else { "opp" };
    format!("{prefix}-{kind}-{id}")
}

/// The process an `ocid` under `prefix` names.
pub fn read_ocid(prefix: &str, text: &str) -> Option<(&'static str, i64)> {
    let rest = text.strip_prefix(prefix)?.strip_prefix('-')?;
    let (kind, id) = rest.split_once('-')?;
    let process = match kind {
        "opp" => OPPORTUNITY,
        "booking" => BOOKING,
        _ => return None,
    };
    let number: i64 = id.parse().ok().filter(|n: &i64| *n > 0)?;
    // Digits only, as `ocid` writes them: no sign, no leading zero.
    (number.to_string() == id).then_some((process, number))
}

/// A timestamp as OCDS writes it.
fn date(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Pence as an amount in pounds, with its currency.
fn money(pence: i64) -> Value {
    let amount = serde_json::Number::from_f64(pence as f64 / 100.0).map_or(Value::Null, Value::Number);
    json!({ "amount": amount, "currency": "GBP" })
}

/// A council as a party: its org-id as the party's id and identifier.
fn party(p: &Organisation, roles: &[&str]) -> Value {
    let org_id = p.org_id();
    let scheme = org_id.rsplit_once('-').map_or("", |(scheme, _)| scheme).to_string();
    json!({
        "id": org_id,
        "name": p.name,
        "identifier": { "scheme": scheme, "id": p.code, "legalName": p.name },
        "roles": roles,
    })
}

fn reference(p: &Organisation) -> Value {
    json!({ "id": p.org_id(), "name": p.name })
}

/// What an opportunity's process has besides its contracts.
#[derive(Debug, Clone)]
struct Call {
    opportunity: Opportunity,
    criteria: Vec<Criterion>,
    changes: Vec<ocds::Change>,
}

/// A contracting process, read whole.
#[derive(Debug, Clone)]
pub struct Process {
    pub ocid: String,
    process: &'static str,
    id: i64,
    call: Option<Call>,
    buyer: Organisation,
    suppliers: BTreeMap<i64, Organisation>,
    contracts: Vec<ContractPart>,
    terms: Vec<TermsPart>,
}

/// Reads a process; None when there is no such published process.
pub async fn load(ctx: &Ctx, prefix: &str, process: &'static str, id: i64) -> store::Result<Option<Process>> {
    let (call, contracts, buyer_id) = if process == OPPORTUNITY {
        let Some(opportunity) = opportunities::find(&ctx.db, id).await? else {
            return Ok(None);
        };
        if opportunity.status != domain::opportunities::Status::Awarded {
            return Ok(None);
        }
        let public = opportunity.visibility.as_deref() == Some("public");
        let criteria = if public {
            opportunities::criteria(&ctx.db, id).await?
        } else {
            Vec::new()
        };
        let changes = ocds::changes(&ctx.db, id).await?;
        let contracts = ocds::awarded_contracts(&ctx.db, id).await?;
        let buyer_id = opportunity.org_id;
        let call = Call {
            opportunity,
            criteria,
            changes,
        };
        (Some(call), contracts, buyer_id)
    } else {
        let Some(contract) = ocds::booked_contract(&ctx.db, id).await? else {
            return Ok(None);
        };
        let buyer_id = contract.buyer_org_id;
        (None, vec![contract], buyer_id)
    };
    let Some(buyer) = organisations::find_by_id(&ctx.db, buyer_id).await? else {
        return Ok(None);
    };
    let supplier_ids: Vec<i64> = contracts.iter().map(|c| c.supplier_org_id).collect();
    let suppliers: BTreeMap<i64, Organisation> = organisations::find_many(&ctx.db, &supplier_ids)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let ids: Vec<i64> = contracts.iter().map(|c| c.id).collect();
    let terms = ocds::agreed_terms(&ctx.db, &ids).await?;
    Ok(Some(Process {
        ocid: ocid(prefix, process, id),
        process,
        id,
        call,
        buyer,
        suppliers,
        contracts,
        terms,
    }))
}

impl Process {
    /// Its events (one a release), oldest first, ordered as `store::ocds::events` orders them.
    pub fn events(&self) -> Vec<Event> {
        let event = |at: DateTime<Utc>, release: &str, subject: i64| Event {
            at,
            process: self.process.to_string(),
            process_id: self.id,
            release: release.to_string(),
            subject,
        };
        let mut events = Vec::new();
        if let Some(call) = &self.call {
            let o = &call.opportunity;
            if let Some(at) = o.published_at {
                events.push(event(at, "tender", o.id));
            }
            events.extend(call.changes.iter().map(|c| event(c.made_at, "amendment", c.id)));
            if let Some(at) = o.outcome_at {
                events.push(event(at, "award", o.id));
            }
        }
        events.extend(self.contracts.iter().map(|c| event(c.created_at, "contract", c.id)));
        events.extend(
            self.terms
                .iter()
                .filter(|t| t.version > 1)
                .filter_map(|t| Some(event(t.answered_at?, "variation", t.id))),
        );
        events.sort_by(|a, b| (a.at, &a.release, a.subject).cmp(&(b.at, &b.release, b.subject)));
        events
    }

    /// The release of one of its events: the process as it stood then.
    pub fn release(&self, ctx: &Ctx, e: &Event) -> Value {
        let tag: Vec<&str> = match (e.release.as_str(), self.process) {
            ("tender", _) => vec!["tender"],
            ("amendment", _) => vec!["tenderAmendment"],
            ("award", _) => vec!["award"],
            ("contract", BOOKING) => vec!["award", "contract"],
            ("contract", _) => vec!["contract"],
            _ => vec!["contractAmendment"],
        };
        let id = format!("{}-{}-{}", self.ocid, e.release, e.subject);
        self.as_at(ctx, e.at, id, &tag)
    }

    fn as_at(&self, ctx: &Ctx, at: DateTime<Utc>, id: String, tag: &[&str]) -> Value {
        let contracts: Vec<&ContractPart> = self.contracts.iter().filter(|c| c.created_at <= at).collect();
        let mut parties = vec![party(&self.buyer, &["buyer", "procuringEntity"])];
        let mut named = std::collections::BTreeSet::new();
        for c in &contracts {
            if let Some(p) = self.suppliers.get(&c.supplier_org_id) {
                if named.insert(p.id) {
                    let roles: &[&str] = if p.id == self.buyer.id {
                        &["buyer", "procuringEntity", "supplier", "payee"]
                    } else {
                        &["supplier", "payee"]
                    };
                    parties.push(party(p, roles));
                }
            }
        }
        if named.contains(&self.buyer.id) {
            parties.remove(0);
        }
        let mut release = Map::new();
        release.insert("ocid".into(), json!(self.ocid));
        release.insert("id".into(), json!(id));
        release.insert("date".into(), json!(date(at)));
        release.insert("tag".into(), json!(tag));
        release.insert("initiationType".into(), json!("tender"));
        release.insert("language".into(), json!("en"));
        release.insert("parties".into(), Value::Array(parties));
        release.insert("buyer".into(), reference(&self.buyer));
        release.insert("tender".into(), self.tender(ctx, at));
        let awards = self.awards(at, &contracts);
        if !awards.is_empty() {
            release.insert("awards".into(), Value::Array(awards));
            let list: Vec<Value> = contracts.iter().map(|c| self.contract(ctx, at, c)).collect();
            release.insert("contracts".into(), Value::Array(list));
        }
        Value::Object(release)
    }

    fn tender(&self, ctx: &Ctx, at: DateTime<Utc>) -> Value {
        let mut t = Map::new();
        t.insert("id".into(), json!(format!("{}-tender", self.ocid)));
        t.insert("mainProcurementCategory".into(), json!("services"));
        let bases = self.legal_bases_at(at);
        if !bases.is_empty() {
            // Why the arrangement needed no open procurement: the legal basis (a
            // Procurement Act 2023 Schedule 2 exemption, or the power it was made under)
            // of each contract, as agreed by then.
            t.insert("procurementMethodRationale".into(), json!(bases.join("; ")));
        }
        let Some(call) = &self.call else {
            t.insert("status".into(), json!("complete"));
            t.insert("procurementMethod".into(), json!("direct"));
            t.insert(
                "procurementMethodDetails".into(),
                json!(ctx.t("ocds-booking-method", &[])),
            );
            return Value::Object(t);
        };
        let o = &call.opportunity;
        let public = o.visibility.as_deref() == Some("public");
        if public {
            if let Some(title) = &o.title {
                t.insert("title".into(), json!(title));
            }
            let summary = call
                .changes
                .iter()
                .rev()
                .find(|c| c.kind == "summary" && c.made_at <= at)
                .map(|c| c.body.clone())
                .or_else(|| o.summary.clone());
            if let Some(summary) = summary {
                t.insert("description".into(), json!(summary));
            }
        }
        let closes = call
            .changes
            .iter()
            .rev()
            .find(|c| c.kind == "closing_time" && c.made_at <= at)
            .and_then(|c| {
                DateTime::parse_from_rfc3339(&c.body)
                    .ok()
                    .map(|d| d.with_timezone(&Utc))
            })
            .or(o.closes_at);
        let open = closes.is_some_and(|c| at < c);
        t.insert("status".into(), json!(if open { "active" } else { "complete" }));
        let method = if o.audience.as_deref() == Some("invited") {
            "selective"
        } else {
            "open"
        };
        t.insert("procurementMethod".into(), json!(method));
        let kind = o.kind.as_deref().unwrap_or("specialist");
        t.insert(
            "procurementMethodDetails".into(),
            json!(ctx.t(&format!("ocds-method-{kind}"), &[])),
        );
        t.insert("awardCriteria".into(), json!("ratedCriteria"));
        t.insert("awardCriteriaDetails".into(), json!(self.criteria_text(ctx, call)));
        if let (Some(minutes), Some(rate)) = (o.minutes, o.max_rate_pence) {
            t.insert("value".into(), money(rate * minutes / 60));
            let description = o
                .role_name
                .clone()
                .or_else(|| o.service_label.clone())
                .unwrap_or_else(|| ctx.t("ocds-item", &[]));
            t.insert(
                "items".into(),
                json!([{
                    "id": "1",
                    "description": description,
                    "quantity": minutes as f64 / 60.0,
                    "unit": { "name": ctx.t("ocds-unit-hour", &[]), "value": money(rate) },
                }]),
            );
        }
        let mut period = Map::new();
        if let Some(p) = o.published_at {
            period.insert("startDate".into(), json!(date(p)));
        }
        if let Some(c) = closes {
            period.insert("endDate".into(), json!(date(c)));
        }
        t.insert("tenderPeriod".into(), Value::Object(period));
        if let (Some(p), Some(q)) = (o.published_at, o.questions_deadline) {
            t.insert(
                "enquiryPeriod".into(),
                json!({ "startDate": date(p), "endDate": date(q) }),
            );
        }
        if !open {
            t.insert("numberOfTenderers".into(), json!(o.applications));
        }
        let amendments: Vec<Value> = call
            .changes
            .iter()
            .filter(|c| c.made_at <= at)
            .map(|c| {
                let mut a = json!({
                    "id": format!("{}-amendment-{}", self.ocid, c.id),
                    "date": date(c.made_at),
                    "rationale": ctx.t(&format!("ocds-change-{}", c.kind), &[]),
                });
                if public {
                    a["description"] = json!(c.body);
                }
                a
            })
            .collect();
        if !amendments.is_empty() {
            t.insert("amendments".into(), Value::Array(amendments));
        }
        Value::Object(t)
    }

    /// The DOS-style weights, and the criteria when the buyer published them to all.
    fn criteria_text(&self, ctx: &Ctx, call: &Call) -> String {
        let o = &call.opportunity;
        let weight = |w: Option<i64>| w.unwrap_or(0).to_string();
        let mut text = ctx.t(
            "ocds-weights",
            &[
                ("technical", weight(o.technical_weight)),
                ("cultural", weight(o.cultural_weight)),
                ("price", weight(o.price_weight)),
            ],
        );
        for (essential, key) in [(true, "ocds-essential"), (false, "ocds-nice")] {
            let listed: Vec<&str> = call
                .criteria
                .iter()
                .filter(|c| c.essential == essential)
                .map(|c| c.body.as_str())
                .collect();
            if !listed.is_empty() {
                text.push(' ');
                text.push_str(&ctx.t(key, &[("criteria", listed.join("; "))]));
            }
        }
        text
    }

    /// The legal bases of the process's contracts made by `at`, each under the terms in
    /// force then, once each.
    fn legal_bases_at(&self, at: DateTime<Utc>) -> Vec<&str> {
        let mut bases: Vec<&str> = Vec::new();
        for c in self.contracts.iter().filter(|c| c.created_at <= at) {
            if let Some(terms) = self.terms_at(c.id, at).last() {
                if !bases.contains(&terms.legal_basis.as_str()) {
                    bases.push(&terms.legal_basis);
                }
            }
        }
        bases
    }

    /// The terms in force at `at`: the latest agreed version by then.
    fn terms_at(&self, contract: i64, at: DateTime<Utc>) -> Vec<&TermsPart> {
        self.terms
            .iter()
            .filter(|t| t.contract_id == contract && (t.version == 1 || t.answered_at.is_some_and(|a| a <= at)))
            .collect()
    }

    fn awards(&self, at: DateTime<Utc>, contracts: &[&ContractPart]) -> Vec<Value> {
        let awarded_at = match &self.call {
            Some(call) => match call.opportunity.outcome_at {
                Some(o) if o <= at => o,
                _ => return Vec::new(),
            },
            None => match contracts.first() {
                Some(c) => c.created_at,
                None => return Vec::new(),
            },
        };
        // One award per application (a council team's is several contracts), or the booking.
        let mut by_award: BTreeMap<Option<i64>, Vec<&ContractPart>> = BTreeMap::new();
        for c in contracts.iter().copied() {
            by_award.entry(c.application_id).or_default().push(c);
        }
        by_award
            .into_iter()
            .map(|(application, parts)| {
                let firsts: Vec<&TermsPart> = parts
                    .iter()
                    .filter_map(|c| self.terms.iter().find(|t| t.contract_id == c.id && t.version == 1))
                    .collect();
                let value: i64 = firsts.iter().map(|t| t.value_cap_pence).sum();
                let start = firsts.iter().map(|t| t.start_date).min();
                let end = firsts.iter().map(|t| t.end_date).max();
                let mut suppliers: Vec<Value> = Vec::new();
                for p in parts.iter().filter_map(|c| self.suppliers.get(&c.supplier_org_id)) {
                    let supplier = reference(p);
                    if !suppliers.contains(&supplier) {
                        suppliers.push(supplier);
                    }
                }
                let mut award = json!({
                    "id": award_id(&self.ocid, application),
                    "status": "active",
                    "date": date(awarded_at),
                    "value": money(value),
                    "suppliers": suppliers,
                });
                if let (Some(s), Some(e)) = (start, end) {
                    award["contractPeriod"] = json!({ "startDate": day_start(s), "endDate": day_end(e) });
                }
                award
            })
            .collect()
    }

    fn contract(&self, ctx: &Ctx, at: DateTime<Utc>, c: &ContractPart) -> Value {
        let agreed = self.terms_at(c.id, at);
        let status = if c.ended_at.is_some_and(|e| e <= at) {
            "terminated"
        } else if c.activated_at.is_some_and(|a| a <= at) {
            "active"
        } else {
            "pending"
        };
        let mut k = json!({
            "id": format!("{}-contract-{}", self.ocid, c.id),
            "awardID": award_id(&self.ocid, c.application_id),
            "status": status,
        });
        if let Some(label) = &c.lgsl_label {
            k["title"] = json!(ctx.t("ocds-contract-title", &[("service", label.clone())]));
        }
        if let Some(t) = agreed.last() {
            k["value"] = money(t.value_cap_pence);
            k["period"] = json!({ "startDate": day_start(t.start_date), "endDate": day_end(t.end_date) });
        }
        if let Some(signed) = c.activated_at.filter(|a| *a <= at) {
            k["dateSigned"] = json!(date(signed));
        }
        let amendments: Vec<Value> = agreed
            .iter()
            .filter(|t| t.version > 1)
            .filter_map(|t| {
                Some(json!({
                    "id": format!("{}-variation-{}", self.ocid, t.id),
                    "date": date(t.answered_at?),
                    "rationale": ctx.t("ocds-variation", &[("version", t.version.to_string())]),
                }))
            })
            .collect();
        if !amendments.is_empty() {
            k["amendments"] = Value::Array(amendments);
        }
        k
    }
}

fn award_id(ocid: &str, application: Option<i64>) -> String {
    match application {
        Some(a) => format!("{ocid}-award-{a}"),
        None => format!("{ocid}-award"),
    }
}

/// A London date's first and last moments, as OCDS periods give them (in UTC).
fn day_start(d: chrono::NaiveDate) -> String {
    domain::dates::london_instant(d, chrono::NaiveTime::MIN).map_or_else(|| d.to_string(), date)
}

fn day_end(d: chrono::NaiveDate) -> String {
    let last = chrono::NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(chrono::NaiveTime::MIN);
    domain::dates::london_instant(d, last).map_or_else(|| d.to_string(), date)
}

/// A page of releases dated in [`since`, `until`), oldest first, and the event to read on
/// from when more follow.
pub async fn releases(
    ctx: &Ctx,
    prefix: &str,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
    after: Option<&Event>,
    limit: i64,
) -> store::Result<(Vec<Value>, Option<Event>)> {
    let mut events = ocds::events(&ctx.db, since, until, after, limit + 1).await?;
    let more = events.len() as i64 > limit;
    events.truncate(usize::try_from(limit).unwrap_or(0));
    let mut processes: BTreeMap<(String, i64), Option<Process>> = BTreeMap::new();
    let mut releases = Vec::with_capacity(events.len());
    for e in &events {
        let key = (e.process.clone(), e.process_id);
        if !processes.contains_key(&key) {
            let kind = if e.process == BOOKING { BOOKING } else { OPPORTUNITY };
            processes.insert(key.clone(), load(ctx, prefix, kind, e.process_id).await?);
        }
        if let Some(Some(p)) = processes.get(&key) {
            releases.push(p.release(ctx, e));
        }
    }
    let next = if more { events.last().cloned() } else { None };
    Ok((releases, next))
}

/// A release package of these releases.
pub fn package(uri: &str, base_url: &str, published: DateTime<Utc>, releases: Vec<Value>) -> Value {
    json!({
        "uri": uri,
        "version": VERSION,
        "publishedDate": date(published),
        "publisher": { "name": "Microcontracts", "uri": base_url },
        "license": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        "releases": releases,
    })
}

/// A record package of one process: its releases linked from its package, and the
/// compiled release.
pub fn record_package(ctx: &Ctx, p: &Process, uri: &str, releases_uri: &str, base_url: &str) -> Option<Value> {
    let events = p.events();
    let published = events.last()?.at;
    let compiled = p.as_at(ctx, published, format!("{}-compiled", p.ocid), &["compiled"]);
    let linked: Vec<Value> = events
        .iter()
        .map(|e| {
            let release = p.release(ctx, e);
            json!({
                "url": format!("{releases_uri}#{}", release["id"].as_str().unwrap_or_default()),
                "date": release["date"],
                "tag": release["tag"],
            })
        })
        .collect();
    Some(json!({
        "uri": uri,
        "version": VERSION,
        "publishedDate": date(published),
        "publisher": { "name": "Microcontracts", "uri": base_url },
        "license": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        "packages": [releases_uri],
        "records": [{ "ocid": p.ocid, "releases": linked, "compiledRelease": compiled }],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocids_name_their_process() {
        assert_eq!(ocid("ocds-abc123", OPPORTUNITY, 7), "ocds-abc123-opp-7");
        assert_eq!(ocid("ocds-abc123", BOOKING, 9), "ocds-abc123-booking-9");
        assert_eq!(read_ocid("ocds-abc123", "ocds-abc123-opp-7"), Some((OPPORTUNITY, 7)));
        assert_eq!(read_ocid("ocds-abc123", "ocds-abc123-booking-9"), Some((BOOKING, 9)));
        for bad in [
            "ocds-abc123-opp-",
            "ocds-abc123-opp-07",
            "ocds-abc123-opp--7",
            "ocds-abc123-opp-0",
            "ocds-xyz-opp-7",
            "ocds-abc123-tender-7",
            "ocds-abc123-opp-7x",
        ] {
            assert_eq!(read_ocid("ocds-abc123", bad), None, "{bad}");
        }
    }

    #[test]
    fn money_is_in_pounds() {
        assert_eq!(money(175_500), json!({ "amount": 1755.0, "currency": "GBP" }));
        assert_eq!(money(5_850), json!({ "amount": 58.5, "currency": "GBP" }));
    }
}
