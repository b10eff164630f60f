//! What a command needs from outside: the database, the clock, the message catalogue, a
//! way to wake the outbox worker, and a few settings. Nothing of HTTP.

use crate::i18n::Catalogue;
use crate::sealing::SealingKey;
use domain::clock::Clock;
use domain::throttle::Policy;
use std::sync::Arc;
use store::Db;
use tokio::sync::Notify;

/// Settings commands read, from flags and environment (see `microcontracts serve --help`).
#[derive(Debug, Clone)]
pub struct Settings {
    /// The address people reach the service at; links in emails start with it.
    pub base_url: String,
    /// How sign-in attempts are slowed down and locked out.
    pub throttle: Policy,
    /// Seals the secrets kept at rest (ADR 0025).
    pub sealing: SealingKey,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_url: "http://127.0.0.1:8080".into(),
            throttle: Policy::default(),
            // Tests and one-off runs keep nothing sealed across processes.
            sealing: SealingKey::random(),
        }
    }
}

/// The context every command and query runs in. Cheap to clone.
#[derive(Clone)]
pub struct Ctx {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub catalogue: Arc<Catalogue>,
    pub settings: Settings,
    /// Wakes the outbox worker as soon as a message is queued.
    pub outbox_wakeup: Arc<Notify>,
}

impl Ctx {
    pub fn new(db: Db, clock: Arc<dyn Clock>, settings: Settings, outbox_wakeup: Arc<Notify>) -> anyhow::Result<Self> {
        Ok(Self {
            db,
            clock,
            catalogue: Arc::new(Catalogue::load()?),
            settings,
            outbox_wakeup,
        })
    }

    /// The message `key` of the catalogue in English, with `args` filled in.
    pub fn t(&self, key: &str, args: &[(&str, String)]) -> String {
        self.catalogue.message("en", key, args)
    }

    /// The message `key` of the catalogue in `lang`, with `args` filled in.
    pub fn t_in(&self, lang: domain::language::Lang, key: &str, args: &[(&str, String)]) -> String {
        self.catalogue.message(lang.as_str(), key, args)
    }

    /// The London day of an instant as GOV.UK writes dates, in `lang`: "18 March 2027",
    /// "18 Mawrth 2027".
    pub fn london_day(&self, lang: domain::language::Lang, at: chrono::DateTime<chrono::Utc>) -> String {
        self.catalogue.long_date(lang.as_str(), domain::weeks::london_date(at))
    }
}
