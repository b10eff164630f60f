//! Work email addresses and council email domains.

use std::fmt;

/// A syntactically valid email address, lower-cased so that one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

/// A domain name such as `wokingham.gov.uk`, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailDomain(String);

const MAX_ADDRESS: usize = 254;
const MAX_LOCAL: usize = 64;

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err("error-email-required");
        }
        if value.len() > MAX_ADDRESS {
            return Err("error-email-too-long");
        }
        let (local, domain) = value.split_once('@').ok_or("error-email-format")?;
        if local.is_empty()
            || local.len() > MAX_LOCAL
            || local.starts_with('.')
            || local.ends_with('.')
            || local.contains("..")
        {
            return Err("error-email-format");
        }
        let local_ok = local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        if !local_ok {
            return Err("error-email-format");
        }
        EmailDomain::parse(domain).map_err(|_| "error-email-format")?;
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> EmailDomain {
        let domain = self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
        EmailDomain(domain.to_string())
    }
}

impl EmailDomain {
    pub fn parse(input: &str) -> Result<Self, &'static str> {
        let value = input.trim().trim_start_matches('@').to_lowercase();
        if value.is_empty() {
            return Err("error-domain-required");
        }
        if value.len() > 253 {
            return Err("error-domain-format");
        }
        let labels: Vec<&str> = value.split('.').collect();
        if labels.len() < 2 {
            return Err("error-domain-format");
        }
        let label_ok = |l: &&str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        };
        if !labels.iter().all(label_ok) {
            return Err("error-domain-format");
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for EmailDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_and_splits_domain() {
        let address = EmailAddress::parse("  Jo.Bloggs@Wokingham.GOV.uk ").unwrap();
        assert_eq!(address.as_str(), "jo.bloggs@wokingham.gov.uk");
        assert_eq!(address.domain().as_str(), "wokingham.gov.uk");
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "",
            "jo",
            "jo@",
            "@leeds.gov.uk",
            "jo@leeds",
            "jo..b@leeds.gov.uk",
            "jo b@leeds.gov.uk",
            "<jo>@leeds.gov.uk",
            "jo@-leeds.gov.uk",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn refuses_overlong_address() {
        let long = format!("{}@leeds.gov.uk", "a".repeat(250));
        assert_eq!(EmailAddress::parse(&long), Err("error-email-too-long"));
    }

    #[test]
    fn parses_domains_with_or_without_at() {
        assert_eq!(EmailDomain::parse("@Leeds.gov.uk").unwrap().as_str(), "leeds.gov.uk");
        assert!(EmailDomain::parse("leeds").is_err());
        assert!(EmailDomain::parse("leeds..gov.uk").is_err());
    }
}

/// Where an email in the outbox is: waiting to be sent (or tried again), sent, or given up
/// on after its last attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    Pending,
    Sent,
    Failed,
}

string_enum!(OutboxStatus, "error-status", {
    OutboxStatus::Pending => "pending",
    OutboxStatus::Sent => "sent",
    OutboxStatus::Failed => "failed",
});
