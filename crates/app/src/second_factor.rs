//! A second factor for password accounts (SPEC §4.1, issue 19 item 4): a person sets up an
//! authenticator app (confirmed by a code from it) and is given recovery codes; from then on
//! signing in asks for a code after the password, throttled as passwords are. A council's
//! admins can require a second factor of all its people; then it cannot be turned off.

use super::{audit, By, Entry};
use crate::Ctx;
use chrono::Duration;
use domain::authz::{authorise, Action, Actor};
use domain::second_factor::{self as rules, Typed};
use domain::ValidationErrors;
use rand::{Rng, RngExt};
use serde_json::json;
use store::second_factors as factors;

step_error! {
    /// Why a change to a second factor did not happen.
    SecondFactorError {}
}

/// How long the code may be given after the right password.
pub const CHALLENGE_LIFETIME: Duration = Duration::minutes(5);

/// Where a person's second factor stands, for their account page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Standing {
    /// Confirmed: signing in asks for a code.
    pub on: bool,
    /// Being set up: the secret to show (with its QR code) until a code confirms it.
    pub setting_up: Option<String>,
    pub recovery_codes_left: i64,
    /// A council of theirs requires it.
    pub required: bool,
}

/// The person's factor, its secret opened. A secret that will not open (the database
/// restored under another SECRETS_KEY) is logged and matches no code: recovery codes,
/// kept as hashes, still work.
async fn find_factor<'a>(
    ctx: &Ctx,
    exec: impl Into<store::Exec<'a>>,
    user: i64,
) -> store::Result<Option<factors::Factor>> {
    let Some(mut factor) = factors::find(exec, user).await? else {
        return Ok(None);
    };
    factor.secret = ctx.settings.sealing.open(&factor.secret).unwrap_or_else(|error| {
        tracing::error!(user, %error, "an authenticator secret could not be opened: check SECRETS_KEY");
        String::new()
    });
    Ok(Some(factor))
}

/// Seals the authenticator secrets kept from before sealing existed; returns how many.
/// Each is replaced only if unchanged, so instances starting together do no harm.
pub async fn seal_kept_secrets(ctx: &Ctx) -> store::Result<usize> {
    let mut sealed = 0;
    for (user, secret) in factors::unsealed(&ctx.db).await? {
        if factors::reseal(&ctx.db, user, &secret, &ctx.settings.sealing.seal(&secret)).await? {
            sealed += 1;
        }
    }
    Ok(sealed)
}

pub async fn standing(ctx: &Ctx, user_id: i64) -> store::Result<Standing> {
    let factor = find_factor(ctx, &ctx.db, user_id).await?;
    let on = factor.as_ref().is_some_and(|f| f.confirmed_at.is_some());
    Ok(Standing {
        on,
        setting_up: factor.filter(|f| f.confirmed_at.is_none()).map(|f| f.secret),
        recovery_codes_left: if on {
            factors::recovery_codes_left(&ctx.db, user_id).await?
        } else {
            0
        },
        required: factors::required_for(&ctx.db, user_id).await?,
    })
}

fn own(actor: Option<&Actor>, by: &By<'_>) -> Result<i64, SecondFactorError> {
    authorise(actor, Action::ManageOwnAccount)?;
    by.user_id.ok_or(SecondFactorError::NotFound)
}

fn wrong_code() -> SecondFactorError {
    let mut errors = ValidationErrors::default();
    errors.push("code", "error-second-factor-code");
    SecondFactorError::Invalid(errors)
}

/// Uses up a code from the person's authenticator app (not a recovery code): a wrong
/// code, or one already used, is refused as the code field's error.
async fn use_app_code(
    tx: &mut store::Tx,
    user: i64,
    factor: &factors::Factor,
    typed: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), SecondFactorError> {
    let Typed::Code(code) = rules::read_typed(typed) else {
        return Err(wrong_code());
    };
    let step = rules::matching_step(&factor.secret, &code, now.timestamp(), factor.last_step).ok_or_else(wrong_code)?;
    if !factors::use_step(tx, user, step, now).await? {
        return Err(wrong_code());
    }
    Ok(())
}

/// Starts setting up an authenticator: a new secret, shown until a code confirms it.
pub async fn start(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>) -> Result<(), SecondFactorError> {
    let user = own(actor, &by)?;
    let mut bytes = [0u8; rules::SECRET_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    let mut tx = ctx.db.begin().await?;
    let sealed = ctx.settings.sealing.seal(&rules::secret_text(&bytes));
    if !factors::start(&mut tx, user, &sealed, ctx.clock.now()).await? {
        return Err(SecondFactorError::refused("error-second-factor-on"));
    }
    tx.commit().await?;
    Ok(())
}

/// New recovery codes (shown once) and their hashes (kept).
fn recovery_codes() -> (Vec<String>, Vec<String>) {
    let mut rng = rand::rng();
    let codes: Vec<String> = (0..rules::RECOVERY_CODES)
        .map(|_| {
            (0..rules::RECOVERY_LENGTH)
                .map(|_| {
                    let i = rng.random_range(0..rules::RECOVERY_ALPHABET.len());
                    char::from(rules::RECOVERY_ALPHABET[i])
                })
                .collect()
        })
        .collect();
    let hashes = codes.iter().map(|c| crate::sessions::hash_secret(c)).collect();
    (codes.iter().map(|c| rules::show_recovery(c)).collect(), hashes)
}

/// Confirms the authenticator being set up with a code from it; returns the recovery
/// codes, which are shown once.
pub async fn confirm(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    typed: &str,
) -> Result<Vec<String>, SecondFactorError> {
    let user = own(actor, &by)?;
    let factor = find_factor(ctx, &ctx.db, user)
        .await?
        .filter(|f| f.confirmed_at.is_none())
        .ok_or(SecondFactorError::refused("error-second-factor-not-started"))?;
    let now = ctx.clock.now();
    let (codes, hashes) = recovery_codes();
    let mut tx = ctx.db.begin().await?;
    use_app_code(&mut tx, user, &factor, typed, now).await?;
    factors::replace_recovery_codes(&mut tx, user, &hashes).await?;
    let entry = Entry {
        org_id: None,
        action: "second-factor-on",
        subject: ("user", user.to_string()),
        before: Some(json!({ "second_factor": false })),
        after: Some(json!({ "second_factor": true })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Replaces the recovery codes (the old ones stop working); returns the new ones.
pub async fn renew_recovery_codes(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
) -> Result<Vec<String>, SecondFactorError> {
    let user = own(actor, &by)?;
    let on = find_factor(ctx, &ctx.db, user)
        .await?
        .is_some_and(|f| f.confirmed_at.is_some());
    if !on {
        return Err(SecondFactorError::refused("error-second-factor-off"));
    }
    let (codes, hashes) = recovery_codes();
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    factors::replace_recovery_codes(&mut tx, user, &hashes).await?;
    let entry = Entry {
        org_id: None,
        action: "second-factor-recovery-renewed",
        subject: ("user", user.to_string()),
        before: None,
        after: Some(json!({ "recovery_codes": codes.len() })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(codes)
}

/// Turns the second factor off, given a current code; refused while a council of theirs
/// requires it.
pub async fn turn_off(ctx: &Ctx, actor: Option<&Actor>, by: By<'_>, typed: &str) -> Result<(), SecondFactorError> {
    let user = own(actor, &by)?;
    if factors::required_for(&ctx.db, user).await? {
        return Err(SecondFactorError::refused("error-second-factor-required"));
    }
    let factor = find_factor(ctx, &ctx.db, user)
        .await?
        .filter(|f| f.confirmed_at.is_some())
        .ok_or(SecondFactorError::refused("error-second-factor-off"))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    use_app_code(&mut tx, user, &factor, typed, now).await?;
    factors::remove(&mut tx, user).await?;
    let entry = Entry {
        org_id: None,
        action: "second-factor-off",
        subject: ("user", user.to_string()),
        before: Some(json!({ "second_factor": true })),
        after: Some(json!({ "second_factor": false })),
    };
    audit(&mut tx, by, entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Whether the person's code (or an unused recovery code) is right, using it up if so,
/// inside the caller's transaction.
pub(crate) async fn take_code(ctx: &Ctx, tx: &mut store::Tx, user: i64, typed: &str) -> store::Result<bool> {
    let now = ctx.clock.now();
    match rules::read_typed(typed) {
        Typed::Code(code) => {
            let Some(factor) = find_factor(ctx, &mut *tx, user).await? else {
                return Ok(false);
            };
            match rules::matching_step(&factor.secret, &code, now.timestamp(), factor.last_step) {
                Some(step) => factors::use_step(tx, user, step, now).await,
                None => Ok(false),
            }
        }
        Typed::Recovery(code) => factors::use_recovery_code(tx, user, &crate::sessions::hash_secret(&code), now).await,
        Typed::Unreadable => Ok(false),
    }
}

/// A council's admin requires (or stops requiring) a second factor of its people.
pub async fn set_council_requirement(
    ctx: &Ctx,
    actor: Option<&Actor>,
    by: By<'_>,
    org_id: i64,
    required: bool,
) -> Result<(), SecondFactorError> {
    authorise(actor, Action::RequireSecondFactor(org_id))?;
    let now = ctx.clock.now();
    let mut tx = ctx.db.begin().await?;
    if factors::set_council_requires(&mut tx, org_id, required).await? {
        let entry = Entry {
            org_id: Some(org_id),
            action: "second-factor-requirement",
            subject: ("organisation", org_id.to_string()),
            before: Some(json!({ "required": !required })),
            after: Some(json!({ "required": required })),
        };
        audit(&mut tx, by, entry, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
