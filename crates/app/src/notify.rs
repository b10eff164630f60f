//! Telling people something needs them (SPEC §4.9): an in-app notification and an email,
//! both written in the caller's transaction so they exist only if the change commits.

use super::{queue_email, queue_email_with_unsubscribe};
use crate::i18n::Catalogue;
use crate::Ctx;
use chrono::{DateTime, Utc};
use domain::language::Lang;
use domain::notifications::{is_alert, Delivery, Topic, UnsubscribeScope};
use domain::roles::Role;
use store::notifications::{self, NewNotification};
use store::{members, users, Tx};

/// One person to tell.
pub struct Recipient<'s> {
    pub user_id: i64,
    pub email: &'s str,
}

/// Notifies with catalogue message `key` (in-app), `key-subject` and `key-email` (email),
/// each given `args`; the email also gets `link` as an absolute address, and ends with
/// where to choose which emails come. As the person chose for the message's kind, the
/// email goes now, or the notification waits for their daily digest, or no email goes.
pub async fn notify(
    ctx: &Ctx,
    tx: &mut Tx,
    to: &Recipient<'_>,
    key: &str,
    args: &[(&str, String)],
    link: &str,
    now: DateTime<Utc>,
) -> store::Result<()> {
    let json_args: serde_json::Map<String, serde_json::Value> = args
        .iter()
        .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.clone())))
        .collect();
    let kind = Topic::of(key);
    let delivery = notifications::delivery_for(&mut *tx, to.user_id, kind.as_str())
        .await?
        .and_then(|d| d.parse::<Delivery>().ok())
        .unwrap_or(Delivery::Immediately);
    let note = NewNotification {
        user_id: to.user_id,
        message_key: key,
        args: json_args.into(),
        link,
        for_digest: delivery == Delivery::Daily,
    };
    notifications::add(&mut *tx, &note, now).await?;
    if delivery != Delivery::Immediately {
        return Ok(());
    }
    let mut email_args = args.to_vec();
    email_args.push(("link", format!("{}{link}", ctx.settings.base_url)));
    let langs = email_languages(&mut *tx, to.user_id).await?;
    let unsubscribe = if is_alert(key) {
        Some(crate::unsubscribe::new_link(ctx, tx, to.user_id, UnsubscribeScope::Kind(kind), now).await?)
    } else {
        None
    };
    let (subject, body) = written(langs, |lang| {
        let email_args = in_language(&ctx.catalogue, lang, &email_args);
        let subject = ctx.t_in(lang, &format!("{key}-subject"), &email_args);
        let text = ctx.t_in(lang, &format!("{key}-email"), &email_args);
        let footer = preferences_footer(ctx, lang);
        let body = match &unsubscribe {
            Some(url) => {
                let stop = ctx.t_in(lang, "email-unsubscribe-alerts", &[("link", url.clone())]);
                format!("{text}\n\n{stop}\n\n{footer}")
            }
            None => format!("{text}\n\n{footer}"),
        };
        (subject, body)
    });
    match &unsubscribe {
        Some(url) => queue_email_with_unsubscribe(&mut *tx, to.email, &subject, &body, url, now).await?,
        None => queue_email(&mut *tx, to.email, &subject, &body, now).await?,
    };
    Ok(())
}

/// The languages of a person's emails (`domain::language::email_languages`).
pub async fn email_languages(tx: &mut Tx, user_id: i64) -> store::Result<&'static [Lang]> {
    let (chosen, of_welsh_council) = users::email_language(&mut *tx, user_id).await?;
    Ok(domain::language::email_languages(
        chosen.as_deref().and_then(Lang::parse),
        of_welsh_council,
    ))
}

/// One email in each of `langs`, in order: the subjects joined by " / ", the bodies one
/// after the other under a rule, as bilingual emails of Welsh councils are laid out.
pub fn written(langs: &[Lang], mut write: impl FnMut(Lang) -> (String, String)) -> (String, String) {
    let (subjects, bodies): (Vec<String>, Vec<String>) = langs.iter().map(|&lang| write(lang)).unzip();
    (subjects.join(" / "), bodies.join("\n\n----------\n\n"))
}

/// The line that ends every notification email: where to choose what is emailed.
pub fn preferences_footer(ctx: &Ctx, lang: Lang) -> String {
    let link = format!("{}/account/notifications", ctx.settings.base_url);
    ctx.t_in(lang, "email-preferences-footer", &[("link", link)])
}

/// A notification's text in the catalogue in `lang`, with its stored arguments.
pub fn text_of(ctx: &Ctx, lang: Lang, n: &notifications::Notification) -> String {
    let stored: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&n.args_json).unwrap_or_default();
    let args: Vec<(&str, String)> = stored
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_string()))
        .collect();
    ctx.t_in(lang, &n.message_key, &in_language(&ctx.catalogue, lang, &args))
}

/// `args` for a message in `lang`. A date travels as an ISO date (`2026-12-31`), so that
/// a stored notification reads right in either language, and is written as GOV.UK writes
/// dates in `lang` ("31 December 2026", "31 Rhagfyr 2026").
pub(crate) fn in_language<'a>(catalogue: &Catalogue, lang: Lang, args: &[(&'a str, String)]) -> Vec<(&'a str, String)> {
    args.iter()
        .map(|(name, value)| {
            let shown = match chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d") {
                Ok(date) if value.len() == 10 => catalogue.long_date(lang.as_str(), date),
                _ => value.clone(),
            };
            (*name, shown)
        })
        .collect()
}

/// Tells one person, by user id (nobody, if the account is gone).
pub async fn tell(
    ctx: &Ctx,
    tx: &mut Tx,
    user_id: i64,
    key: &str,
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    let now = ctx.clock.now();
    if let Some(user) = users::find_by_id(&mut *tx, user_id).await? {
        let to = Recipient {
            user_id: user.id,
            email: &user.email,
        };
        notify(ctx, tx, &to, key, args, link, now).await?;
    }
    Ok(())
}

/// Tells everyone who holds `role` in a council.
pub async fn tell_role(
    ctx: &Ctx,
    tx: &mut Tx,
    org_id: i64,
    role: Role,
    key: &str,
    args: &[(&str, String)],
    link: &str,
) -> store::Result<()> {
    let now = ctx.clock.now();
    for person in members::with_role(&mut *tx, org_id, role).await? {
        let to = Recipient {
            user_id: person.user_id,
            email: &person.email,
        };
        notify(ctx, tx, &to, key, args, link, now).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_arguments_are_written_in_the_reader_s_language() {
        let catalogue = Catalogue::load().unwrap();
        let args = [
            ("due", "2026-12-31".to_string()),
            ("number", "INV-2026-000001".to_string()),
            ("council", "2026-12-31 Council".to_string()),
        ];
        let shown = |lang| in_language(&catalogue, lang, &args);
        assert_eq!(shown(Lang::En)[0], ("due", "31 December 2026".to_string()));
        assert_eq!(shown(Lang::Cy)[0], ("due", "31 Rhagfyr 2026".to_string()));
        assert_eq!(shown(Lang::Cy)[1..], args[1..], "only whole ISO dates are dates");
    }
}
