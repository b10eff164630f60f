//! A council's drafts: starting one (or a copy), the task list, each section's page, and
//! publishing.

use super::*;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StartForm {
    pub kind: String,
}

pub async fn start(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(code): Path<String>,
    Form(form): Form<StartForm>,
) -> Result<Response, AppError> {
    viewer.require_user()?;
    let org = organisations::find_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    viewer.authorise(Action::ManageOpportunities(org.id))?;
    match service::start(&state, viewer.by(&ip), org.id, &form.kind).await {
        Ok(id) => Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response()),
        Err(e) => {
            let errors = refusal(&state, viewer.lang, e, "kind")?;
            let rows = store_opps::list_for_org(&state.db, org.id).await?;
            let html = render(
                &state,
                &viewer,
                "opportunities/council.html",
                context! { org, rows, errors },
            )?;
            Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response())
        }
    }
}

pub async fn copy(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    let new = service::copy(&state, viewer.by(&ip), &o).await.map_err(unexpected)?;
    Ok(Redirect::to(&format!("/opportunities/{new}/edit")).into_response())
}

#[derive(Serialize)]
struct Task {
    section: &'static str,
    complete: bool,
}

/// The draft's task list: each section with whether it is complete, and publishing.
pub async fn task_list(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    if o.status != domain::opportunities::Status::Draft {
        return Ok(Redirect::to(&service::link(id)).into_response());
    }
    Ok(task_page(&state, &viewer, o, Vec::new()).await?.into_response())
}

async fn task_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let criteria = store_opps::criteria(&state.db, o.id).await?;
    let brief = o.brief(&criteria);
    let tasks: Vec<Task> = SECTIONS
        .iter()
        .map(|s| Task {
            section: s.as_str(),
            complete: brief.is_complete(*s),
        })
        .collect();
    let done = tasks.iter().filter(|t| t.complete).count();
    let from_problem = store::problems::of_opportunity(&state.db, o.id).await?;
    render(
        state,
        viewer,
        "opportunities/tasks.html",
        context! { o, tasks, done, errors, from_problem, total => SECTIONS.len() },
    )
}

/// Every field of every section, as the section pages post them and show them again.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct SectionForm {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub background: String,
    pub work: String,
    pub role_id: String,
    pub band: String,
    pub lgsl_id: String,
    pub lgsl_id_words: String,
    pub region: String,
    pub work_mode: String,
    pub arrangements: String,
    pub security_clearance: String,
    pub hours: String,
    pub max_rate: String,
    pub earliest_start: String,
    pub latest_end: String,
    pub essential: String,
    pub nice: String,
    pub technical_weight: String,
    pub cultural_weight: String,
    pub price_weight: String,
    pub evaluate_count: String,
    pub questions_deadline: String,
    pub closing_date: String,
    pub closing_time: String,
    pub visibility: String,
    pub audience: String,
    pub invited: String,
}

fn show_opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn london(t: DateTime<Utc>) -> chrono::DateTime<chrono_tz::Tz> {
    t.with_timezone(&chrono_tz::Europe::London)
}

impl SectionForm {
    /// The form as the stored draft fills it.
    fn from_stored(o: &Opportunity, criteria: &[store_opps::Criterion], invited: &[store_opps::Invite]) -> Self {
        let list = |essential: bool| {
            criteria
                .iter()
                .filter(|c| c.essential == essential)
                .map(|c| c.body.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        SectionForm {
            kind: o.kind.clone().unwrap_or_default(),
            title: o.title.clone().unwrap_or_default(),
            summary: o.summary.clone().unwrap_or_default(),
            background: o.background.clone().unwrap_or_default(),
            work: o.work.clone().unwrap_or_default(),
            role_id: show_opt(o.role_id),
            band: show_opt(o.band),
            lgsl_id: show_opt(o.lgsl_id),
            lgsl_id_words: String::new(),
            region: o.region.clone().unwrap_or_default(),
            work_mode: o.work_mode.clone().unwrap_or_default(),
            arrangements: o.arrangements.clone().unwrap_or_default(),
            security_clearance: o.security_clearance.clone().unwrap_or_default(),
            hours: o.minutes.map(domain::hours::format_hours).unwrap_or_default(),
            max_rate: o.max_rate_pence.map(pounds_plain).unwrap_or_default(),
            earliest_start: show_opt(o.earliest_start),
            latest_end: show_opt(o.latest_end),
            essential: list(true),
            nice: list(false),
            technical_weight: show_opt(o.technical_weight),
            cultural_weight: show_opt(o.cultural_weight),
            price_weight: show_opt(o.price_weight),
            evaluate_count: show_opt(o.evaluate_count),
            questions_deadline: show_opt(o.questions_deadline.map(|d| london(d).date_naive())),
            closing_date: show_opt(o.closes_at.map(|d| london(d).date_naive())),
            closing_time: show_opt(o.closes_at.map(|d| london(d).format("%H:%M"))),
            visibility: o.visibility.clone().unwrap_or_default(),
            audience: o.audience.clone().unwrap_or_default(),
            invited: invited.iter().map(|i| i.code.clone()).collect::<Vec<_>>().join("\n"),
        }
    }

    fn input(&self, section: Section) -> SectionInput {
        match section {
            Section::About => SectionInput::About(rules::AboutInput {
                kind: self.kind.clone(),
                title: self.title.clone(),
                summary: self.summary.clone(),
                background: self.background.clone(),
                work: self.work.clone(),
            }),
            Section::RoleAndService => SectionInput::RoleAndService {
                role_id: self.role_id.trim().parse().ok(),
                // Not a number is no band at all, which the rules refuse.
                band: match self.band.trim() {
                    "" => None,
                    b => Some(b.parse().unwrap_or(0)),
                },
                lgsl_id: self.lgsl_id.trim().parse().ok(),
            },
            Section::Location => SectionInput::Location(rules::LocationInput {
                region: self.region.clone(),
                work_mode: self.work_mode.clone(),
                arrangements: self.arrangements.clone(),
                security_clearance: self.security_clearance.clone(),
            }),
            Section::HoursAndBudget => SectionInput::HoursAndBudget(rules::HoursInput {
                hours: self.hours.clone(),
                max_rate: self.max_rate.clone(),
                earliest_start: self.earliest_start.clone(),
                latest_end: self.latest_end.clone(),
            }),
            Section::Criteria => SectionInput::Criteria {
                essential: self.essential.clone(),
                nice: self.nice.clone(),
            },
            Section::Evaluation => SectionInput::Evaluation(rules::EvaluationInput {
                technical_weight: self.technical_weight.clone(),
                cultural_weight: self.cultural_weight.clone(),
                price_weight: self.price_weight.clone(),
                evaluate_count: self.evaluate_count.clone(),
            }),
            Section::Timing => SectionInput::Timing {
                input: rules::TimingInput {
                    questions_deadline: self.questions_deadline.clone(),
                    closing_date: self.closing_date.clone(),
                    closing_time: self.closing_time.clone(),
                    visibility: self.visibility.clone(),
                    audience: self.audience.clone(),
                },
                invited: self.invited.clone(),
            },
        }
    }
}

/// Pence as a plain number of pounds for a form field: `5500` → `55`, `5550` → `55.50`.
fn pounds_plain(pence: i64) -> String {
    if pence % 100 == 0 {
        (pence / 100).to_string()
    } else {
        format!("{}.{:02}", pence / 100, pence % 100)
    }
}

async fn section_page(
    state: &AppState,
    viewer: &Viewer,
    o: Opportunity,
    section: Section,
    form: SectionForm,
    errors: Vec<ShownError>,
) -> Result<Html<String>, AppError> {
    let reference = state.reference().await?;
    render(
        state,
        viewer,
        "opportunities/section.html",
        context! {
            o, form, errors, regions => REGIONS,
            section => section.as_str(),
            roles => reference.roles.clone(),
            service_box => service_picker::PickerView::of(&reference.services, &form.lgsl_id, &form.lgsl_id_words),
            limits => context! {
                title => rules::TITLE_MAX_CHARS, summary => rules::SUMMARY_MAX_WORDS,
                background => rules::BACKGROUND_MAX_WORDS,
                work => if o.kind.as_deref() == Some("outcome") { rules::OUTCOME_MAX_WORDS } else { rules::SPECIALIST_WORK_MAX_WORDS },
                arrangements => rules::ARRANGEMENTS_MAX_WORDS, clearance => rules::CLEARANCE_MAX_WORDS,
            },
        },
    )
}

fn parse_section(name: &str) -> Result<Section, AppError> {
    name.parse().map_err(|_| AppError::NotFound)
}

pub async fn section_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, name)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let section = parse_section(&name)?;
    let o = managed(&state, &viewer, id).await?;
    if o.status != domain::opportunities::Status::Draft {
        return Ok(Redirect::to(&service::link(id)).into_response());
    }
    let criteria = store_opps::criteria(&state.db, id).await?;
    let invited = store_opps::invites(&state.db, id).await?;
    let form = SectionForm::from_stored(&o, &criteria, &invited);
    Ok(section_page(&state, &viewer, o, section, form, Vec::new())
        .await?
        .into_response())
}

pub async fn section_save(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path((id, name)): Path<(i64, String)>,
    Form(posted): Form<SectionForm>,
) -> Result<Response, AppError> {
    let section = parse_section(&name)?;
    let o = managed(&state, &viewer, id).await?;
    // A section page posts only its own fields, and only those are read.
    let mut form = posted;
    if section == Section::RoleAndService {
        let services = &state.reference().await?.services;
        if let Err(key) = service_picker::settle(services, &mut form.lgsl_id, &form.lgsl_id_words) {
            let errors = forms::one("lgsl_id", viewer.t(&state, key, &[]));
            let html = section_page(&state, &viewer, o, section, form, errors).await?;
            return Ok((axum::http::StatusCode::BAD_REQUEST, html).into_response());
        }
    }
    match service::save_section(&state, viewer.by(&ip), id, form.input(section)).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}/edit")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let first = match section {
                Section::About => "kind",
                Section::RoleAndService => "role_id",
                Section::Location => "work_mode",
                Section::HoursAndBudget => "hours",
                Section::Criteria => "essential",
                Section::Evaluation => "technical_weight",
                Section::Timing => "questions_deadline",
            };
            let errors = refusal(&state, viewer.lang, e, first)?;
            let html = section_page(&state, &viewer, o, section, form, errors).await?;
            Ok((status, html).into_response())
        }
    }
}

pub async fn publish(
    State(state): State<AppState>,
    viewer: Viewer,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let o = managed(&state, &viewer, id).await?;
    match service::publish(&state, viewer.by(&ip), id).await {
        Ok(()) => Ok(Redirect::to(&format!("/opportunities/{id}?done=published")).into_response()),
        Err(e) => {
            let status = refusal_status(&e);
            let errors = refusal(&state, viewer.lang, e, "publish")?;
            let errors = errors
                .into_iter()
                .map(|e| ShownError {
                    text: match e.field.parse::<Section>() {
                        Ok(s) => format!(
                            "{}: {}",
                            viewer.t(&state, &format!("section-{}", s.as_str()), &[]),
                            e.text
                        ),
                        Err(_) => e.text,
                    },
                    field: format!("task-{}", e.field),
                })
                .collect();
            Ok((status, task_page(&state, &viewer, o, errors).await?).into_response())
        }
    }
}
