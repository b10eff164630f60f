//! A peer group's published write-ups as an Atom feed (RFC 4287): one entry per meeting,
//! linking to its public write-up, newest first.

use atom_syndication::{Entry, Feed, Link, Person, Text};
use chrono::{DateTime, Utc};
use store::meeting_records::Published;
use store::peer_groups::Group;

/// The media type of an Atom feed.
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

fn link(href: String, rel: &str, mime_type: Option<&str>) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link.set_mime_type(mime_type.map(str::to_string));
    link
}

/// Where a meeting's public write-up is.
pub fn writeup_path(group_slug: &str, meeting_id: i64) -> String {
    format!("/groups/{group_slug}/write-ups/{meeting_id}")
}

/// The feed of `group`'s write-ups, titled `title`.
pub fn writeups(base_url: &str, group: &Group, title: &str, published: &[Published]) -> String {
    let page = format!("{base_url}/groups/{}", group.slug);
    let updated: DateTime<Utc> = published
        .iter()
        .map(|p| p.published_at)
        .max()
        .unwrap_or(group.created_at);
    let mut author = Person::default();
    author.set_name(group.name.clone());
    author.set_uri(Some(page.clone()));
    let entries: Vec<Entry> = published
        .iter()
        .map(|p| {
            let url = format!("{base_url}{}", writeup_path(&group.slug, p.meeting_id));
            let mut entry = Entry::default();
            entry.set_id(url.clone());
            entry.set_title(Text::plain(p.theme.clone()));
            entry.set_updated(p.published_at.fixed_offset());
            entry.set_published(Some(p.published_at.fixed_offset()));
            entry.set_links(vec![link(url, "alternate", Some("text/html"))]);
            if !p.summary.is_empty() {
                entry.set_summary(Some(Text::plain(p.summary.clone())));
            }
            entry
        })
        .collect();
    let mut feed = Feed::default();
    feed.set_id(page.clone());
    feed.set_title(Text::plain(title.to_string()));
    feed.set_updated(updated.fixed_offset());
    feed.set_authors(vec![author]);
    feed.set_links(vec![
        link(format!("{page}/write-ups.atom"), "self", Some("application/atom+xml")),
        link(page, "alternate", Some("text/html")),
    ]);
    feed.set_entries(entries);
    feed.to_string()
}
