//! The contracts register each council publishes under the Local Government Transparency
//! Code 2015 (Part 2, "Contracts"): every contract it has let whose value exceeds £5,000,
//! with the Code's columns. A microcontract's row is drawn from its terms now in force.

use crate::contracts::VatTreatment;

/// The Code lists contracts whose value exceeds this (£5,000), in pence.
pub const THRESHOLD_PENCE: i64 = 500_000;

/// Whether a contract of this value (the cap of its terms in force, before VAT) is listed.
pub fn listed(value_pence: i64) -> bool {
    value_pence > THRESHOLD_PENCE
}

/// The VAT on a contract that the buying council cannot recover. Councils recover the VAT
/// other bodies charge them for their statutory work (VAT Act 1994, section 33), and
/// council-to-council arrangements are usually outside the scope of VAT or exempt, so none
/// is lost whatever the treatment; the treatment is taken so that the rule stays in one
/// place if that ever changes.
pub fn vat_not_recoverable_pence(treatment: VatTreatment) -> i64 {
    match treatment {
        VatTreatment::Standard | VatTreatment::OutsideScope | VatTreatment::Exempt => 0,
    }
}

/// The longest department name a council may give.
pub const DEPARTMENT_MAX: usize = 120;

/// The department a council names as responsible for its contracts: optional, one line.
pub fn department(text: &str) -> Result<Option<String>, &'static str> {
    crate::text::optional_single_line(text, DEPARTMENT_MAX)
}

/// How the contract was let, as the register's "procurement route" says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Booked directly from the pool: a direct award to another council.
    Direct,
    /// Awarded on an opportunity open to every council.
    OpenCompetition,
    /// Awarded on an opportunity open only to the councils the buyer invited.
    InvitedCompetition,
}

impl Route {
    /// The route of a contract awarded on an opportunity with this audience (`invited` or
    /// anything else for open to all), or booked directly when there was no opportunity.
    pub fn of(opportunity_audience: Option<&str>, from_opportunity: bool) -> Route {
        match (from_opportunity, opportunity_audience) {
            (false, _) => Route::Direct,
            (true, Some("invited")) => Route::InvitedCompetition,
            (true, _) => Route::OpenCompetition,
        }
    }

    /// The message catalogue key that describes it.
    pub fn message_key(self) -> &'static str {
        match self {
            Route::Direct => "register-route-direct",
            Route::OpenCompetition => "register-route-open",
            Route::InvitedCompetition => "register-route-invited",
        }
    }
}

/// The register's title for a contract: the opportunity's title when its buyer published
/// it to everyone; otherwise the service the work is for; otherwise nothing (the caller
/// says "digital practitioner's time"). Text shown only to signed-in people never reaches
/// the public register.
pub fn title<'a>(public_opportunity_title: Option<&'a str>, service: Option<&'a str>) -> Option<&'a str> {
    public_opportunity_title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .or(service)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_contracts_over_five_thousand_pounds_are_listed() {
        assert!(!listed(499_999));
        assert!(!listed(500_000), "exactly £5,000 does not exceed it");
        assert!(listed(500_001));
        assert!(listed(12_000_000));
    }

    #[test]
    fn councils_lose_no_vat_on_any_treatment() {
        for t in [VatTreatment::Standard, VatTreatment::OutsideScope, VatTreatment::Exempt] {
            assert_eq!(vat_not_recoverable_pence(t), 0);
        }
    }

    #[test]
    fn the_department_is_optional_and_short() {
        assert_eq!(department("  "), Ok(None));
        assert_eq!(department(" Digital services "), Ok(Some("Digital services".into())));
        assert_eq!(department(&"é".repeat(120)).map(|d| d.is_some()), Ok(true));
        assert_eq!(department(&"a".repeat(121)), Err("error-too-long"));
        assert_eq!(department("Digital\u{7}"), Err("error-control-characters"));
    }

    #[test]
    fn the_route_follows_how_the_contract_was_let() {
        assert_eq!(Route::of(None, false), Route::Direct);
        assert_eq!(Route::of(Some("all"), true), Route::OpenCompetition);
        assert_eq!(Route::of(None, true), Route::OpenCompetition);
        assert_eq!(Route::of(Some("invited"), true), Route::InvitedCompetition);
        assert_eq!(Route::Direct.message_key(), "register-route-direct");
    }

    #[test]
    fn the_title_is_public_text_only() {
        assert_eq!(
            title(Some("Garden waste research"), Some("Garden waste")),
            Some("Garden waste research")
        );
        assert_eq!(title(None, Some("Garden waste")), Some("Garden waste"));
        assert_eq!(title(Some("  "), Some("Garden waste")), Some("Garden waste"));
        assert_eq!(title(None, None), None);
    }
}
