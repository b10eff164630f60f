## Pob testun y mae pobl yn ei ddarllen ar Microgontractau, yn Gymraeg. Mae'r allweddi yr un
## fath â rhai ../en/main.ftl, gyda'r un dadleuon. Mae'r catalog hwn a'r eirfa wrth ei ochr
## (GLOSSARY.md) yn aros am adolygiad gan gyfieithydd proffesiynol.
## Every user-facing string of Microcontracts in Welsh. It awaits review by a professional
## translator; the glossary of the service's terms is GLOSSARY.md beside it.

service-name = Microgontractau
service-tagline = Cael benthyg ychydig oriau gan arbenigwr digidol mewn cyngor arall, o dan gontract ffurfiol bach.
skip-link = Neidio i'r prif gynnwys
nav-home = Hafan
nav-organisations = Cynghorau
nav-sign-in = Mewngofnodi
nav-sign-up = Creu cyfrif
nav-sign-out = Allgofnodi
nav-account = Eich cyfrif
nav-admin = Gweinyddu'r platfform
nav-menu = Dewislen
nav-label = Prif lywio
footer-support = Dolenni cymorth
footer-cookies = Cwcis
footer-accessibility = Datganiad hygyrchedd
footer-privacy = Preifatrwydd
footer-api = API
footer-licence = Data cynghorau © mySociety, CC BY 4.0. Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.
phase-banner-tag = Beta
phase-banner-text = Mae hwn yn wasanaeth newydd. Bydd eich adborth yn ein helpu i'w wella.
error-summary-title = Mae problem wedi codi
back-link = Yn ôl
button-continue = Parhau
button-save = Cadw'r newidiadau
cancel = Canslo

## Tudalen gychwyn
home-heading = Rhoi a chael benthyg arbenigwyr digidol rhwng cynghorau
home-intro = Mae cynghorau'n defnyddio Microgontractau i archebu ychydig oriau gan ymchwilydd defnyddwyr, datblygwr neu ddylunydd mewn cyngor arall, cytuno ar gontract bach rhwng y ddau gyngor, a chofnodi'r amser a thalu amdano.
home-how-heading = Sut mae'n gweithio
home-how-1 = Gyda chaniatâd eu cyflogwr, mae ymarferwyr yn cynnig ychydig oriau'r wythnos i gynghorau eraill.
home-how-2 = Mae cyngor yn archebu'r oriau hynny, neu'n cyhoeddi gofyniad ac yn dewis o blith y bobl sy'n gwneud cais.
home-how-3 = Mae'r ddau gyngor yn llofnodi contract bach. Caiff amser ei gofnodi, ei gymeradwyo a'i anfonebu, neu ei setlo mewn credydau awr.
home-start = Creu cyfrif
home-sign-in-prompt = Oes gennych chi gyfrif yn barod?
home-demo-heading = Cyfrifon arddangos
home-demo-intro = Gwasanaeth arddangos yw hwn, gyda phobl ddychmygol. Mewngofnodwch fel unrhyw un ohonynt gyda'r cyfrinair { $password }.
home-demo-name = Enw
home-demo-email = Cyfeiriad e-bost
home-demo-council = Cyngor
home-demo-roles = Rolau
home-signed-in-heading = Eich cynghorau
home-signed-in-none = Nid ydych yn aelod o unrhyw gyngor eto.
home-council-members = Aelodau a rolau
home-council-audit = Log archwilio
home-council-opportunities = Cyfleoedd a gyhoeddwyd gennych
home-council-invoices = Anfonebau
home-council-income = Incwm, cyflogres a gwariant
home-waiting-heading = Yn aros amdanoch chi
home-waiting-none = Does dim byd yn aros amdanoch chi.
home-your-work-heading = Eich gwaith
home-link-work = Fy ngwaith: archebion a chontractau
home-link-timesheet = Cofnodi eich amser
home-link-profile = Eich proffil yn y gronfa dalent
home-link-applications = Ceisiadau
home-link-opportunities = Dod o hyd i gyfleoedd
home-link-pool = Dod o hyd i bobl
home-link-notifications = Hysbysiadau
home-link-account = Eich cyfrif a'ch tocynnau API
home-link-admin = Gweinyddu'r platfform
waiting-bound = { $count } neu fwy
waiting-booking-requests = { $count ->
    [zero] Dim ceisiadau archebu i'w hateb
    [one] 1 cais archebu i'w ateb
    [two] 2 gais archebu i'w hateb
    [few] 3 chais archebu i'w hateb
    [many] 6 chais archebu i'w hateb
   *[other] { $shown } cais archebu i'w hateb
}
waiting-bookings-to-approve = { $count ->
    [zero] Dim archebion i'w cymeradwyo
    [one] 1 archeb i'w chymeradwyo
    [two] 2 archeb i'w cymeradwyo
    [few] 3 archeb i'w cymeradwyo
    [many] 6 archeb i'w cymeradwyo
   *[other] { $shown } archeb i'w cymeradwyo
}
waiting-applications-to-approve = { $count ->
    [zero] Dim ceisiadau i'w cymeradwyo
    [one] 1 cais i'w gymeradwyo
    [two] 2 gais i'w cymeradwyo
    [few] 3 chais i'w cymeradwyo
    [many] 6 chais i'w cymeradwyo
   *[other] { $shown } cais i'w cymeradwyo
}
waiting-profiles-to-review = { $count ->
    [zero] Dim proffiliau i'w hadolygu i'w rhestru
    [one] 1 proffil i'w adolygu i'w restru
    [two] 2 broffil i'w hadolygu i'w rhestru
    [few] 3 phroffil i'w hadolygu i'w rhestru
    [many] 6 phroffil i'w hadolygu i'w rhestru
   *[other] { $shown } proffil i'w hadolygu i'w rhestru
}
waiting-time-to-approve = { $count ->
    [zero] Dim contractau ag amser i'w gymeradwyo
    [one] 1 contract ag amser i'w gymeradwyo
    [two] 2 gontract ag amser i'w gymeradwyo
    [few] 3 chontract ag amser i'w gymeradwyo
    [many] 6 chontract ag amser i'w gymeradwyo
   *[other] { $shown } contract ag amser i'w gymeradwyo
}
waiting-questions-to-answer = { $count ->
    [zero] Dim cwestiynau i'w hateb am eich cyfleoedd
    [one] 1 cwestiwn i'w ateb am eich cyfleoedd
    [two] 2 gwestiwn i'w hateb am eich cyfleoedd
    [few] 3 chwestiwn i'w hateb am eich cyfleoedd
    [many] 6 chwestiwn i'w hateb am eich cyfleoedd
   *[other] { $shown } cwestiwn i'w hateb am eich cyfleoedd
}
waiting-invoices-to-issue = { $count ->
    [zero] Dim anfonebau drafft i'w hanfon
    [one] 1 anfoneb ddrafft i'w hanfon
    [two] 2 anfoneb ddrafft i'w hanfon
    [few] 3 anfoneb ddrafft i'w hanfon
    [many] 6 anfoneb ddrafft i'w hanfon
   *[other] { $shown } anfoneb ddrafft i'w hanfon
}
waiting-overdue-sent = { $count ->
    [zero] Does dim un o'r anfonebau a anfonwyd gennych yn hwyr
    [one] Mae 1 anfoneb a anfonwyd gennych yn hwyr
    [two] Mae 2 anfoneb a anfonwyd gennych yn hwyr
    [few] Mae 3 anfoneb a anfonwyd gennych yn hwyr
    [many] Mae 6 anfoneb a anfonwyd gennych yn hwyr
   *[other] Mae { $shown } anfoneb a anfonwyd gennych yn hwyr
}
waiting-overdue-received = { $count ->
    [zero] Does dim un o'r anfonebau a gawsoch yn hwyr
    [one] Mae 1 anfoneb a gawsoch yn hwyr
    [two] Mae 2 anfoneb a gawsoch yn hwyr
    [few] Mae 3 anfoneb a gawsoch yn hwyr
    [many] Mae 6 anfoneb a gawsoch yn hwyr
   *[other] Mae { $shown } anfoneb a gawsoch yn hwyr
}

## Rolau
role-practitioner = Ymarferydd
role-manager = Rheolwr
role-buyer = Prynwr
role-finance = Cyllid
role-council_admin = Gweinyddwr y cyngor
role-capability_mapper = Mapiwr galluoedd
role-platform-admin = Gweinyddwr y platfform
role-practitioner-hint = Yn cadw proffil yn y gronfa dalent, yn gwneud cais am waith ac yn cofnodi amser.
role-manager-hint = Yn cymeradwyo cydweithwyr sy'n ymuno â'r gronfa, a'r archebion sy'n defnyddio eu hamser.
role-buyer-hint = Yn cyhoeddi cyfleoedd, yn archebu ymarferwyr ac yn cymeradwyo amser.
role-finance-hint = Yn anfon ac yn talu anfonebau ac yn gweld incwm a gwariant.
role-council_admin-hint = Yn rheoli aelodau, rolau a gosodiadau'r cyngor.
role-capability_mapper-hint = Yn cofnodi'r hyn sydd ei angen ar wasanaethau'r cyngor a'r cydrannau sy'n diwallu pob angen.

## Cofrestru a dilysu
sign-up-title = Creu cyfrif
sign-up-intro = Defnyddiwch eich cyfeiriad e-bost gwaith yn eich cyngor. Byddwn yn anfon dolen atoch i'w gadarnhau.
field-display-name = Enw llawn
field-email = Cyfeiriad e-bost gwaith
field-email-hint = Er enghraifft, enw@eichcyngor.gov.uk
field-password = Cyfrinair
field-password-hint = O leiaf 12 nod. Mae ychydig eiriau nad ydynt yn perthyn i'w gilydd yn gwneud cyfrinair da.
field-password-confirmation = Cadarnhau'r cyfrinair
sign-up-submit = Anfon dolen gadarnhau
sign-up-unknown-domain = Nid { $domain } yw parth e-bost cyngor ar Microgontractau. Gofynnwch i dîm digidol eich cyngor gysylltu â thîm cymorth Microgontractau yn { $support } i ymuno.
check-email-title = Gwiriwch eich e-bost
check-email-body = Rydym wedi anfon dolen at { $email }. Agorwch hi o fewn 24 awr i orffen creu eich cyfrif.
check-email-not-received = Os na fydd yr e-bost yn cyrraedd, edrychwch yn eich ffolder sbam, neu crëwch eich cyfrif eto i gael dolen newydd.
verify-title = Gosod eich cyfrinair
verify-intro = Rydych yn ymuno â { $council } fel { $email }.
verify-submit = Creu cyfrif
verify-invalid-title = Mae'r ddolen hon wedi dod i ben neu wedi cael ei defnyddio
verify-invalid-body = Mae'r dolenni yn ein negeseuon e-bost yn gweithio unwaith ac am 24 awr. Crëwch eich cyfrif eto i gael dolen newydd.
reset-invalid-body = Mae dolenni ailosod cyfrinair yn gweithio unwaith ac am 1 awr. Gofynnwch am ddolen newydd.
account-exists = Mae cyfrif ar gyfer { $email } yn barod. Mewngofnodwch, neu ailosodwch eich cyfrinair.
welcome-banner = Mae eich cyfrif wedi cael ei greu. Rydych wedi mewngofnodi yn { $council } fel: { $roles }.

## Mewngofnodi
sign-in-title = Mewngofnodi
sign-in-submit = Mewngofnodi
sign-in-forgot = Wedi anghofio eich cyfrinair?
sign-in-no-account = Heb gyfrif?
sign-in-failed = Rhowch gyfeiriad e-bost a chyfrinair cywir. Ar ôl 5 ymgais aflwyddiannus, cewch eich cloi allan am 15 munud.
sign-in-locked = Bu gormod o ymdrechion aflwyddiannus i fewngofnodi. Rhowch gynnig arall arni ar ôl { $time }.
sign-out-title = Rydych wedi allgofnodi
sign-out-body = Rydych wedi cael eich allgofnodi o Microgontractau ar y ddyfais hon.
sign-out-everywhere-done = Rydych wedi cael eich allgofnodi ar bob dyfais (daeth { $count } sesiwn i ben).
sign-out-everywhere-tokens = { $count ->
    [zero] Ni ddiddymwyd unrhyw docyn API.
    [one] Diddymwyd 1 tocyn API.
    [two] Diddymwyd 2 docyn API.
    [few] Diddymwyd 3 thocyn API.
    [many] Diddymwyd 6 thocyn API.
   *[other] Diddymwyd { $count } tocyn API.
}
account-revoke-tokens-too = Diddymu fy nhocynnau API hefyd
account-revoke-tokens-hint = Bydd systemau sy'n eu defnyddio yn peidio â gweithio nes i chi wneud rhai newydd.
signed-in-required = Mewngofnodwch i weld y dudalen hon.

## Cyfrif
account-title = Eich cyfrif
account-details = Eich manylion
account-sessions-heading = Wedi mewngofnodi yn rhywle arall?
account-sessions-body = Os ydych wedi mewngofnodi ar ddyfais nad ydych yn ei defnyddio mwyach, neu'n meddwl bod rhywun arall wedi gwneud, allgofnodwch ym mhobman. Bydd angen i chi fewngofnodi eto ar y ddyfais hon.
account-sign-out-everywhere = Allgofnodi ym mhobman

## Ailosod cyfrinair
forgot-title = Ailosod eich cyfrinair
forgot-intro = Rhowch gyfeiriad e-bost eich cyfrif. Byddwn yn anfon dolen atoch i osod cyfrinair newydd.
forgot-submit = Anfon dolen ailosod
forgot-sent-title = Gwiriwch eich e-bost
forgot-sent-body = Os oes gan { $email } gyfrif, rydym wedi anfon dolen ato i ailosod y cyfrinair. Mae'r ddolen yn gweithio am 1 awr.
reset-title = Gosod cyfrinair newydd
reset-submit = Gosod y cyfrinair
reset-done = Mae eich cyfrinair wedi cael ei newid ac rydych wedi cael eich allgofnodi ym mhobman arall.

## Negeseuon e-bost
email-verify-subject = Cadarnhewch eich cyfeiriad e-bost ar gyfer Microgontractau
email-verify-body = Helo { $name },

    I orffen creu eich cyfrif Microgontractau, agorwch y ddolen hon o fewn 24 awr:

    { $link }

    Os na wnaethoch ofyn am gyfrif, gallwch anwybyddu'r e-bost hwn.

    Microgontractau
email-invite-subject = Rydych wedi cael eich gwneud yn weinyddwr { $council } ar Microgontractau
email-invite-body = Helo,

    Gofynnwyd i chi reoli { $council } ar Microgontractau. Agorwch y ddolen hon o fewn 24 awr i greu eich cyfrif:

    { $link }

    Microgontractau
email-reset-subject = Ailosod eich cyfrinair Microgontractau
email-reset-body = Helo { $name },

    Gofynnodd rhywun am ailosod cyfrinair eich cyfrif Microgontractau. I osod cyfrinair newydd, agorwch y ddolen hon o fewn 1 awr:

    { $link }

    Os nad chi oedd hyn, anwybyddwch yr e-bost hwn: nid yw eich cyfrinair wedi newid.

    Microgontractau

## Aelodau'r cyngor
members-title = Aelodau { $council }
members-name = Enw
members-email = Cyfeiriad e-bost
members-roles = Rolau
members-change = Newid
members-change-for = rolau { $name }
members-none = Does gan y cyngor hwn ddim aelodau eto.
members-no-roles = Dim rolau
roles-title = Rolau { $name }
roles-legend = Pa rolau sydd gan { $name } yn { $council }?
roles-hint = Dewiswch bob un sy'n berthnasol.
roles-saved = Mae rolau { $name } wedi cael eu diweddaru.
roles-last-admin = Rhaid i { $council } gadw o leiaf un gweinyddwr y cyngor. Gwnewch rywun arall yn weinyddwr y cyngor yn gyntaf.

## Log archwilio
audit-title = Log archwilio
audit-title-council = Log archwilio { $council }
audit-when = Pryd
audit-who = Pwy
audit-council = Cyngor
audit-what = Beth
audit-before = Cyn
audit-after = Ar ôl
audit-system = Y gwasanaeth
audit-none = Does dim wedi cael ei gofnodi eto.
audit-older = Cofnodion hŷn
audit-action-user-signed-up = Wedi creu cyfrif
audit-action-profile-viewed-for-support = Wedi edrych ar broffil yn llawn ar gyfer cais am gymorth
audit-action-roles-changed = Wedi newid rolau
audit-action-domain-added = Wedi ychwanegu parth e-bost
audit-action-council-admin-invited = Wedi gwahodd gweinyddwr y cyngor
audit-action-council-admin-appointed = Wedi penodi gweinyddwr y cyngor
audit-action-password-reset = Wedi ailosod eu cyfrinair
audit-action-signed-out-everywhere = Wedi allgofnodi ym mhobman

## Gweinyddu'r platfform
admin-title = Gweinyddu'r platfform
admin-councils = Cynghorau
admin-search = Chwilio am gynghorau
admin-search-hint = Yr enw neu ran o'r enw
admin-search-submit = Chwilio
admin-onboarded = Cynghorau â pharthau e-bost wedi'u dilysu
admin-audit = Log archwilio pob cyngor
admin-outbox = Negeseuon e-bost sy'n aros i'w hanfon
council-name = Cyngor
council-code = Cod
council-gss = Cod GSS
council-type = Math
council-nation = Gwlad
council-region = Rhanbarth
council-org-id = Org-id
council-domains = Parthau e-bost wedi'u dilysu
council-domains-none = Dim parthau e-bost wedi'u dilysu eto: ni all neb gofrestru â'r cyngor hwn.
domain-add-title = Ychwanegu parth e-bost wedi'i ddilysu
field-domain = Parth e-bost
field-domain-hint = Er enghraifft, wokingham.gov.uk. Gall unrhyw un sy'n gallu cael e-bost yn y parth hwn ymuno fel ymarferydd.
domain-add-submit = Ychwanegu parth
domain-added = Mae { $domain } wedi cael ei ychwanegu at { $council }.
domain-taken = Mae { $domain } eisoes yn barth wedi'i ddilysu gan gyngor.
first-admin-title = Gwneud rhywun yn weinyddwr y cyngor
first-admin-hint = Rhaid i'w cyfeiriad fod mewn parth wedi'i ddilysu gan y cyngor hwn. Os nad oes ganddynt gyfrif eto, byddwn yn anfon dolen atynt i greu un.
first-admin-submit = Gwneud yn weinyddwr y cyngor
first-admin-appointed = Mae { $email } bellach yn weinyddwr { $council }.
first-admin-invited = Rydym wedi anfon dolen at { $email } i greu eu cyfrif fel gweinyddwr { $council }.
first-admin-wrong-domain = Nid yw { $email } mewn parth wedi'i ddilysu gan { $council }. Ychwanegwch y parth yn gyntaf.
outbox-title = Negeseuon e-bost sy'n aros i'w hanfon
outbox-to = At
outbox-subject = Pwnc
outbox-status = Statws
outbox-attempts = Ymdrechion
outbox-error = Gwall diwethaf
outbox-created = Wedi'i roi yn y ciw
support-profile-title = Ateb cais am gymorth am { $name }
support-profile-body = Dim ond i ateb cais am gymorth y dangosir manylion preifat proffil (e-bost cyswllt, nodiadau rheolwyr) i weinyddwyr y platfform. Caiff yr hyn a roddwch yma ei gofnodi yn log archwilio'r cyngor, lle gall ei weinyddwyr ei weld.
support-reference = Cais am gymorth
support-reference-hint = Rhif y tocyn, neu pwy ofynnodd a phryd, er enghraifft "INC-2041" neu "e-bost gan Leeds, 2 Rhagfyr".
support-profile-show = Dangos y proffil yn llawn
support-profile-link = Gweld y manylion preifat i ateb cais am gymorth
support-profile-recorded = Wedi'i ddangos yn llawn ar gyfer cais am gymorth { $reference }. Cofnodwyd hyn yn log archwilio'r cyngor.
error-support-reference-required = Rhowch y cais am gymorth rydych yn ei ateb
outbox-redacted = Corff wedi'i ddileu o dan yr amserlen gadw

## Tudalennau sefydlog
cookies-title = Cwcis
cookies-body = Mae Microgontractau yn rhoi ffeiliau bach (a elwir yn gwcis) ar eich cyfrifiadur. Dim ond cwcis sy'n hanfodol i wneud i'r gwasanaeth weithio rydym yn eu defnyddio, felly nid ydym yn gofyn am eich caniatâd.
cookies-name = Enw
cookies-purpose = Diben
cookies-expires = Yn dod i ben
cookies-session-purpose = Yn eich cadw wedi mewngofnodi
cookies-session-expires = 12 awr ar ôl i chi ddefnyddio'r gwasanaeth ddiwethaf, neu pan fyddwch yn allgofnodi
cookies-csrf-purpose = Yn diogelu ffurflenni rhag cael eu cyflwyno gan wefannau eraill
cookies-csrf-expires = Pan fyddwch yn cau eich porwr
accessibility-title = Datganiad hygyrchedd Microgontractau
accessibility-body-1 = Tîm Microgontractau sy'n rhedeg y gwasanaeth hwn. Rydym am i gynifer o bobl â phosibl allu ei ddefnyddio. Dylech allu newid lliwiau, lefelau cyferbyniad a ffontiau, chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin, llywio'r gwasanaeth cyfan gan ddefnyddio bysellfwrdd neu feddalwedd adnabod lleferydd yn unig, a gwrando ar y gwasanaeth gan ddefnyddio darllenydd sgrin.
accessibility-body-2 = Mae pob tudalen yn gweithio heb JavaScript. Caiff pob tudalen ei gwirio'n awtomatig yn erbyn safon AA fersiwn 2.2 y Canllawiau Hygyrchedd Cynnwys y We (WCAG) cyn pob rhyddhad.
accessibility-compliance-heading = Statws cydymffurfio
accessibility-compliance = Mae'r gwasanaeth hwn yn cydymffurfio'n rhannol â WCAG 2.2 AA tra bydd yn beta: nid yw wedi cael archwiliad llaw llawn eto.
accessibility-contact-heading = Rhoi gwybod am broblemau a gorfodi
accessibility-contact = Os byddwch yn dod o hyd i broblem, neu os oes angen gwybodaeth arnoch mewn fformat gwahanol, cysylltwch â { $support }. Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi'r rheoliadau hygyrchedd.
privacy-title = Hysbysiad preifatrwydd
privacy-intro = Beth mae Microgontractau yn ei gadw am swyddogion cynghorau sy'n ei ddefnyddio, pam, pwy sy'n ei weld, am ba hyd y caiff ei gadw, a'ch hawliau.
privacy-controllers-title = Pwy sy'n gyfrifol am eich data
privacy-controllers-operator = Mae { $operator } yn rhedeg y platfform a hwy yw rheolydd y cofnodion a gedwir i'w redeg: cyfrifon, cofnodion mewngofnodi, sesiynau, negeseuon e-bost a hysbysiadau, a'r log archwilio.
privacy-controllers-councils = Mae pob cyngor yn rheolydd cofnodion ei staff ei hun: eu haelodaeth a'u rolau, proffiliau, yr archebion a'r contractau y maent yn rhan ohonynt, yr amser y maent yn ei gofnodi a'r anfonebau y mae eu cyngor yn eu cyhoeddi neu'n eu talu. Holwch swyddog diogelu data eich cyngor am y rheini.
privacy-purposes-title = Beth rydym yn ei gadw, pam, a'n sail gyfreithlon
privacy-purpose = Diben
privacy-held = Beth a gedwir
privacy-basis = Sail gyfreithlon (GDPR y DU)
privacy-purpose-accounts = Eich cyfrif ac aelodaeth eich cyngor
privacy-held-accounts = Eich enw, eich cyfeiriad e-bost gwaith, eich iaith, y cyngor rydych yn gweithio iddo a'r rolau sydd gennych yno.
privacy-basis-accounts = Tasg gyhoeddus (Erthygl 6(1)(e)): cynghorau'n darparu gwasanaethau i'w gilydd o dan eu pwerau statudol.
privacy-purpose-profiles = Proffiliau ymarferwyr
privacy-held-profiles = Yr hyn rydych yn dewis ei ddweud: pennawd, rolau a lefelau, sgiliau, gwasanaethau a gwaith a wnaed o'r blaen, ble y gallwch weithio, oriau rhydd, a'r gyfradd y mae eich cyngor yn ei phennu.
privacy-basis-profiles = Tasg gyhoeddus (Erthygl 6(1)(e)).
privacy-purpose-contracts = Archebion, contractau, amser ac anfonebau
privacy-held-contracts = Pwy wnaeth y gwaith, yr oriau y gofynnwyd amdanynt ac a gofnodwyd, cymeradwyaethau, cyfraddau, adborth, a'r enwau a argraffwyd ar anfonebau.
privacy-basis-contracts = Tasg gyhoeddus (Erthygl 6(1)(e)), a rhwymedigaeth gyfreithiol (Erthygl 6(1)(c)) i gadw cofnodion ariannol.
privacy-purpose-security = Cadw cyfrifon a chofnodion yn ddiogel
privacy-held-security = Ymdrechion i fewngofnodi gyda'r cyfeiriad rhwydwaith y daethant ohono, sesiynau, a log archwilio o bob newid a phwy a'i gwnaeth.
privacy-basis-security = Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c)) i gadw data personol yn ddiogel (Erthygl 32).
privacy-purpose-messages = Dweud wrthych beth sydd angen sylw
privacy-held-messages = Hysbysiadau yn y gwasanaeth a'r negeseuon e-bost a anfonir atoch, yn unol â'ch dewisiadau.
privacy-basis-messages = Tasg gyhoeddus (Erthygl 6(1)(e)).
privacy-purpose-published = Cyhoeddi cyfleoedd, canlyniadau a chontractau
privacy-held-published = Cyfleoedd a gyhoeddwyd, eu canlyniadau, cofrestr contractau pob cyngor a data contractio agored. Mae'r rhain yn enwi cynghorau, byth unigolyn.
privacy-basis-published = Rhwymedigaeth gyfreithiol (Erthygl 6(1)(c)): Cod Tryloywder Llywodraeth Leol 2015 a Deddf Caffael 2023.
privacy-recipients-title = Pwy sy'n ei dderbyn
privacy-recipients-own-council = Rheolwyr, prynwyr, swyddogion cyllid a gweinyddwyr eich cyngor, fel y mae eu rolau'n gofyn.
privacy-recipients-other-council = Y cyngor arall mewn archeb neu gontract: eich enw, eich rôl, yr oriau a'r amser rydych yn ei gofnodi ar ei gyfer.
privacy-recipients-public = Unrhyw un: cyfleoedd a gyhoeddwyd a'u canlyniadau, cofrestrau contractau a data contractio agored, sy'n enwi cynghorau yn unig.
privacy-recipients-processors = Y gwasanaeth anfon e-bost y mae'r gweithredwr yn ei ddefnyddio, sy'n anfon negeseuon ar gyfarwyddyd y gweithredwr yn unig.
privacy-retention-title = Am ba hyd rydym yn ei gadw
privacy-retention-intro = Mae'r gwasanaeth yn rhoi'r amserlen hon ar waith ei hun, bob dydd; caiff pob rhediad ei gofnodi yn y log archwilio gyda'r hyn a ddilëwyd.
privacy-retention-record = Cofnod
privacy-retention-kept = Yn cael ei gadw am
privacy-retention-then = Wedyn
retention-sign-in-records = Cofnodion mewngofnodi
retention-sessions = Sesiynau
retention-email-bodies = Testun negeseuon e-bost a anfonwyd atoch
retention-notifications = Hysbysiadau
retention-withdrawn-profiles = Proffiliau a dynnwyd yn ôl
retention-audit-events = Log archwilio
retention-contract-records = Contractau, amser, anfonebau a'r cyfriflyfr credydau oriau
retention-kept-days = { $days } diwrnod
retention-kept-years = { $years ->
    [one] 1 flwyddyn
   *[other] { $years } blynedd
}
retention-kept-until-expiry = Nes i'r sesiwn ddod i ben
retention-kept-until-sent = Nes ei anfon
retention-kept-after-financial-year = { $years } blynedd ar ôl diwedd y flwyddyn ariannol y daeth y contract i ben ynddi (cyfnod Deddf Cyfyngiadau 1980)
retention-then-deleted = Wedi'i ddileu
retention-then-anonymised = Wedi'i wneud yn ddienw: caiff yr hyn a ddywedai'r proffil amdanoch ei ddileu
retention-then-redacted = Wedi'i ddileu; cedwir y pwnc, y derbynnydd a phryd y'i hanfonwyd
retention-then-deleted-keeping-totals = Wedi'i ddileu, ond nid tra bo anfoneb ar y contract heb ei thalu. Mae balansau a chyfansymiau misol pob cyngor yn aros, heb fod am unrhyw un.
privacy-rights-title = Eich hawliau
privacy-rights-intro = Mae gennych hawl i:
privacy-right-access = gael copi o'r data a gedwir amdanoch
privacy-right-rectify = ei gael wedi'i gywiro: gallwch newid eich cyfrif a'ch proffil eich hun
privacy-right-erase = gofyn iddo gael ei ddileu, lle nad oes rhaid ei gadw am y rhesymau uchod
privacy-right-restrict = gofyn i'w ddefnydd gael ei gyfyngu tra ymchwilir i bryder
privacy-right-object = gwrthwynebu ei ddefnyddio ar gyfer tasg gyhoeddus
privacy-complain-title = Sut i gwyno
privacy-complain = Os ydych yn anhapus â'r ffordd y caiff eich data ei drin, dywedwch wrthym yn gyntaf. Gallwch hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ICO), dros y ffôn ar 0303 123 1113 neu ar-lein.
privacy-ico = Tudalen gwynion yr ICO:
privacy-contact-title = Cysylltu
privacy-contact = I holi am eich data neu ddefnyddio eich hawliau, ysgrifennwch at { $contact }.

## Gwallau
not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
server-error-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
server-error-body = Rhowch gynnig arall arni yn nes ymlaen. Nid oes dim o'r hyn a roesoch wedi'i golli os ewch yn ôl a'i gyflwyno eto.
too-many-requests-title = Rydych wedi gofyn gormod o weithiau
too-many-requests-body = Er mwyn diogelu cyfrifon pobl, mae'r gwasanaeth yn cyfyngu ar ba mor aml y gellir gofyn hyn. Arhoswch ychydig, yna rhowch gynnig arall arni.
error-reference = Os byddwch yn cysylltu â'r tîm cymorth am hyn, dyfynnwch y cyfeirnod hwn: { $reference }
unavailable-title = Mae'n ddrwg gennym, nid yw'r gwasanaeth ar gael
unavailable-body = Byddwch yn gallu defnyddio'r gwasanaeth eto ymhen ychydig eiliadau. Nid oes dim o'r hyn a roesoch wedi'i golli os ewch yn ôl a'i gyflwyno eto.
forbidden-title = Ni allwch weld y dudalen hon
forbidden-body = Nid oes gan eich cyfrif ganiatâd i weld y dudalen hon. Os ydych yn meddwl y dylai, gofynnwch i weinyddwr eich cyngor.
csrf-title = Nid oedd modd cyflwyno eich ffurflen
csrf-body = Gall hyn ddigwydd os oedd y dudalen ar agor am amser hir neu mewn tab arall. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
too-large-title = Mae'r hyn a anfonwyd gennych yn rhy fawr
too-large-body = Mae ffurflenni'r gwasanaeth hwn yn derbyn hyd at 64 cilobeit. Byrhewch yr hyn a roesoch a rhowch gynnig arall arni.
bad-request-title = Nid oedd y cais hwnnw'n ddilys
bad-request-body = Ewch yn ôl a gwiriwch yr hyn a roesoch.

## Gwallau meysydd
error-required = Rhowch werth
error-too-long = Mae hyn yn rhy hir
error-control-characters = Tynnwch y nodau arbennig (nodau rheoli) o'r ateb hwn
error-email-required = Rhowch eich cyfeiriad e-bost gwaith
error-email-too-long = Rhaid i'r cyfeiriad e-bost fod yn 254 nod neu lai
error-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@eichcyngor.gov.uk
error-display-name-required = Rhowch eich enw llawn
error-display-name-too-long = Rhaid i'r enw llawn fod yn 100 nod neu lai
error-password-required = Rhowch gyfrinair
error-password-too-short = Rhaid i'r cyfrinair fod yn 12 nod neu fwy
error-password-too-long = Rhaid i'r cyfrinair fod yn 128 nod neu lai
error-password-mismatch = Nid yw'r cyfrineiriau'n cyfateb
error-domain-required = Rhowch barth e-bost
error-domain-format = Rhowch barth yn y fformat cywir, fel wokingham.gov.uk
error-unknown-role = Dewiswch rolau o'r rhestr
error-prefix = Gwall
title-error-prefix = Gwall:
service-information = Gwybodaeth am y gwasanaeth
banner-success = Llwyddiant
role-platform_admin = Gweinyddwr y platfform
outbox-status-pending = Yn aros i'w anfon
outbox-status-sent = Wedi'i anfon
outbox-status-failed = Wedi methu

## Cronfa dalent: llywio a geiriau cyffredin
nav-pool = Dod o hyd i bobl
nav-profile = Eich proffil
nav-notifications = Hysbysiadau
nav-notifications-unread = Hysbysiadau ({ $count } newydd)
remove = Tynnu
warning = Rhybudd
week-commencing = Wythnos yn dechrau
free-hours = Oriau rhydd
week-unavailable = Dim
section-done = Wedi'i gwblhau
section-to-do = Heb ei gwblhau
work-mode-remote = Yn gweithio o bell
work-mode-on_site = Yn gweithio ar y safle
work-mode-either = Yn gweithio o bell neu ar y safle
band-1 = Hyfforddai neu brentis
band-2 = Iau
band-3 = Cyswllt
band-4 = Ymarferydd
band-5 = Uwch
band-6 = Arweinydd
band-7 = Prif
band-8 = Pennaeth
status-draft = Drafft
status-awaiting_approval = Yn aros am gymeradwyaeth
status-listed = Wedi'i restru
status-paused = Wedi'i oedi
status-withdrawn = Wedi'i dynnu'n ôl
status-draft-explained = Dim ond chi a rheolwyr eich cyngor sy'n gallu gweld y proffil hwn. Pan fydd yn barod, gofynnwch am gael eich rhestru: bydd un o reolwyr eich cyngor yn ei gymeradwyo.
status-awaiting_approval-explained = Gofynnwyd i un o reolwyr eich cyngor gymeradwyo'r proffil hwn. Tan hynny, ni all cynghorau eraill ei weld.
status-listed-explained = Gall cynghorau eraill ddod o hyd i'r proffil hwn ac archebu eich amser.
status-paused-explained = Gall cynghorau eraill weld y proffil hwn ond nid archebu amser newydd nes iddo ailddechrau.
status-withdrawn-explained = Nid yw'r proffil hwn yn y gronfa. Gofynnwch am gael eich rhestru eto pan fyddwch yn barod.

## Eich proffil
profile-own-title = Eich proffil
profile-sections = Rhannau eich proffil
profile-section-details = Enw, pennawd ac amdanoch
profile-section-roles = Rolau a lefelau
profile-section-skills = Sgiliau
profile-section-services = Gwasanaethau y buoch yn gweithio arnynt
profile-section-done-before = Wedi'i wneud o'r blaen
profile-section-capacity = Yr oriau y gallwch eu rhoi
profile-preview = Sut mae eraill yn ei weld
profile-see-as-others = Gweld eich proffil fel y mae cynghorau eraill yn ei weld
profile-back-to-profile = Yn ôl i'ch proffil
profile-submit = Gofyn am gael eich rhestru
profile-pause = Oedi
profile-resume = Ailddechrau
profile-withdraw = Tynnu'n ôl o'r gronfa
profile-withdraw-request = Tynnu'r cais yn ôl
profile-declined-reason = Y rheswm a roddwyd gan eich rheolwr
profile-saved-details = Mae eich manylion wedi cael eu cadw.
profile-saved-capacity = Mae eich oriau wedi cael eu cadw.
profile-saved-submit = Gofynnwyd i un o reolwyr eich cyngor gymeradwyo eich proffil.
profile-saved-pause = Mae eich proffil wedi'i oedi.
profile-saved-resume = Mae eich proffil wedi'i restru eto.
profile-saved-withdraw = Mae eich proffil wedi cael ei dynnu'n ôl o'r gronfa.
profile-council = Cyngor
profile-roles = Rolau
profile-rate = Cyfradd yr awr
profile-rate-per-hour = { $rate } yr awr
profile-rate-not-set = Heb ei gosod eto
profile-where = Ble
profile-skills = Sgiliau
profile-services = Gwasanaethau y buoch yn gweithio arnynt
profile-service = Gwasanaeth
profile-contact-email = E-bost cyswllt (eich cyngor chi yn unig)
profile-about = Amdanaf i
profile-done-before = Wedi'i wneud o'r blaen
profile-done-before-link = Rhagor am { $title }
profile-free-hours = Oriau rhydd yn y 12 wythnos nesaf
profile-capacity-summary = Hyd at { $hours } awr yr wythnos.
profile-capacity-none = Dim oriau wedi'u cynnig eto.
profile-none-yet = Dim eto
profile-headline = Pennawd
profile-status = Statws
profile-roles-intro = Dewiswch bob rôl y gallwch ei gwneud i gynghorau eraill, ar eich lefel. Mae eich rôl gyntaf yn gosod eich cyfradd o gerdyn cyfraddau eich cyngor.
profile-add-role = Ychwanegu rôl
profile-skills-intro = Dewiswch y sgiliau y gall cynghorau eraill alw arnynt.
profile-add-skill = Ychwanegu sgil
profile-services-intro = Dewiswch y gwasanaethau cyngor y buoch yn gweithio arnynt, o Restr Gwasanaethau Llywodraeth Leol.
profile-add-service = Ychwanegu gwasanaeth
profile-done-before-intro = Disgrifiwch waith rydych wedi'i wneud y gallai fod ei angen ar gyngor arall eto.
profile-add-done-before = Ychwanegu'r hyn rydych wedi'i wneud
profile-capacity-intro = Dywedwch faint o oriau'r wythnos y mae eich cyngor yn gadael i chi eu rhoi i gynghorau eraill, a rhwng pa ddyddiadau. Mae archebion yn cymryd oriau o'r wythnos y maent ynddi.
profile-unavailable-weeks = Wythnosau pan nad ydych ar gael
profile-unavailable-weeks-intro = Ychwanegwch wythnosau pan na allwch roi dim amser, fel gwyliau.
profile-add-unavailable-week = Ychwanegu wythnos
field-headline = Pennawd
field-headline-hint = Un llinell yn dweud beth rydych yn ei wneud, er enghraifft "Ymchwilydd defnyddwyr sydd wedi ailgynllunio gwasanaethau gwastraff".
field-about = Amdanoch chi
field-about-hint = Beth rydych yn ei wneud, beth rydych yn ei wybod, sut rydych yn hoffi gweithio.
field-region = Rhanbarth
field-region-none = Heb ei roi
field-work-mode = Sut rydych chi'n gweithio gyda chynghorau eraill?
field-contact-email = E-bost cyswllt (dewisol)
field-contact-email-hint = Dim ond pobl yn eich cyngor eich hun sy'n gallu ei weld.
field-role-level = Rôl a lefel
field-role-level-hint = Wedi'u grwpio yn ôl rôl, o Fframwaith Galluoedd Proffesiwn Digidol a Data y Llywodraeth.
field-skill = Sgil
field-service = Gwasanaeth
field-service-hint = O Restr Gwasanaethau Llywodraeth Leol: teipiwch ran o'i enw, er enghraifft “missed bin”.
field-done-title = Teitl
field-done-title-hint = Er enghraifft, "Archebu casgliad gwastraff swmpus ar-lein".
field-done-service = Y gwasanaeth yr oedd ar ei gyfer (dewisol)
field-done-service-hint = O Restr Gwasanaethau Llywodraeth Leol: teipiwch ran o'i enw, er enghraifft “missed bin”. Gadewch yn wag os nad oedd y gwaith ar gyfer un gwasanaeth.
field-done-delivered = Yr hyn a gyflawnwyd
field-done-delivered-hint = Yr hyn a wnaethoch a'r hyn a gyflawnodd.
field-done-year = Blwyddyn
field-done-year-hint = Er enghraifft, 2024.
field-done-link = Dolen (dewisol)
field-done-link-hint = Astudiaeth achos, blogbost neu'r gwasanaeth byw, yn dechrau https://
field-hours-per-week = Oriau'r wythnos
field-hours-per-week-hint = Mewn chwarteri awr, er enghraifft 2 neu 3.5. Dim mwy na 40.
field-available-from = Ar gael o
field-available-to = Ar gael tan (dewisol)
field-available-to-hint = Gadewch yn wag os nad oes dyddiad gorffen.
field-unavailable-week = Wythnos

## Chwilio'r gronfa
pool-title = Dod o hyd i bobl mewn cynghorau eraill
pool-filters = Hidlo
pool-words = Geiriau
pool-words-hint = Yn chwilio enwau, penawdau, rolau, amdanaf i, sgiliau a'r hyn y mae pobl wedi'i wneud o'r blaen.
pool-any = Unrhyw un
pool-role = Rôl
pool-level = Lefel
pool-skill = Sgil
pool-service = Gwasanaeth y buont yn gweithio arno
pool-region = Rhanbarth
pool-remote = Cynnwys pobl sy'n gweithio o bell
pool-max-rate = Cyfradd yr awr uchaf
pool-availability = Oriau rhydd
pool-min-hours = O leiaf hyn o oriau rhydd yr wythnos
pool-from-week = O'r wythnos yn dechrau
pool-to-week = I'r wythnos yn dechrau
pool-to-week-default = 4 wythnos o'r gyntaf
pool-search = Chwilio
pool-results = Pobl
pool-no-results = Does neb ar y rhestr yn cyfateb i bob un o'r rhain:
pool-no-results-advice = Rhowch gynnig ar dynnu hidlydd, llai o eiriau neu eiriau eraill, neu wythnosau diweddarach. Mae enwau a geiriau'n cyfateb gyda neu heb acenion, felly mae “Sian” yn dod o hyd i “Siân”.
pool-searched-words = y geiriau “{ $value }” mewn enw, pennawd, rôl, sgil, amdanaf i neu waith blaenorol
pool-searched-role = rôl: { $value }
pool-searched-level = lefel: { $value }
pool-searched-skill = sgil: { $value }
pool-searched-service = wedi gweithio ar: { $value }
pool-searched-region = yn { $value }
pool-searched-region-or-remote = yn { $value }, neu'n gweithio o bell
pool-searched-remote = yn gweithio o bell
pool-searched-max-rate = cyfradd yr awr o { $value } neu lai
pool-searched-min-hours = o leiaf { $value } awr rydd bob wythnos
pool-searched-weeks = oriau rhydd yn yr wythnosau o { $from } i { $to }
pool-free-hours-for = Oriau rhydd { $name } yn ôl yr wythnos yn dechrau
pool-pages = Tudalennau o bobl
pool-previous = Y dudalen flaenorol
pool-next = Y dudalen nesaf
pool-back = Yn ôl i'r chwilio

## Proffiliau a cherdyn cyfraddau cyngor
council-profiles-title = Proffiliau yn { $council }
council-profiles-intro = Ymarferwyr eich cyngor sy'n cadw proffil yn y gronfa dalent. Daw'r rhai sy'n aros am gymeradwyaeth yn gyntaf.
council-profiles-none = Does neb yn y cyngor hwn wedi dechrau proffil eto.
home-council-profiles = Proffiliau a chymeradwyaethau
home-council-rate-card = Cerdyn cyfraddau
review-decide = Cymeradwyo neu wrthod
review-decide-intro = Mae cymeradwyo'n gadael i gynghorau eraill ddod o hyd i { $name } ac archebu eu hamser.
review-approve = Cymeradwyo'r rhestru
review-decline = Gwrthod
review-decline-reason = Y rheswm dros wrthod
review-decline-reason-hint = Caiff hwn ei anfon at yr ymarferydd.
review-withdraw = Tynnu'n ôl o'r gronfa
review-rate-title = Cyfradd a nodiadau
review-rate-override = Cyfradd yr awr ar gyfer yr ymarferydd hwn (dewisol)
review-rate-override-hint = Gadewch yn wag i ddefnyddio cerdyn cyfraddau eich cyngor.
review-notes = Nodiadau i reolwyr (dewisol)
review-notes-hint = Dim ond rheolwyr a gweinyddwyr eich cyngor sy'n gweld y rhain.
review-done-approve = Mae { $name } wedi'i restru.
review-done-decline = Mae { $name } wedi cael gwybod pam y gwrthodwyd y proffil.
review-done-withdraw = Mae { $name } wedi cael ei dynnu'n ôl o'r gronfa.
review-done-rate = Mae'r gyfradd a'r nodiadau wedi'u cadw.
rate-card-title = Cerdyn cyfraddau { $council }
rate-card-intro = Y gyfradd yr awr y mae cynghorau eraill yn ei thalu am amser eich ymarferwyr, yn ôl rôl a lefel. Gall rheolwr osod cyfradd wahanol ar gyfer un ymarferydd.
rate-card-role = Rôl
rate-card-level = Lefel
rate-card-rate = Cyfradd yr awr
rate-card-empty = Does dim cyfraddau wedi'u gosod eto.
rate-card-set = Gosod cyfradd
rate-card-choose-level = Dewiswch rôl a lefel
rate-card-hourly = Cyfradd yr awr
rate-card-hourly-hint = Er enghraifft, 45 neu 52.50. Gadewch yn wag i dynnu'r gyfradd.
rate-card-save = Cadw'r gyfradd

## Hysbysiadau
notifications-title = Hysbysiadau
notifications-none = Does gennych chi ddim hysbysiadau.
notifications-new = Newydd
notifications-mark-read = Marcio'r cyfan fel wedi'u darllen
notify-listing-requested = Mae { $name } wedi gofyn am gael ei restru yn y gronfa dalent
notify-listing-requested-subject = Mae { $name } wedi gofyn am gael ei restru ar Microgontractau
notify-listing-requested-email = Helo,

    Mae { $name } wedi gofyn am gael ei restru yng nghronfa dalent Microgontractau, fel y gall cynghorau eraill archebu ei amser. Fel rheolwr yn ei gyngor, cymeradwywch neu gwrthodwch:

    { $link }

    Microgontractau
notify-listing-approved = Mae eich proffil wedi'i restru yn y gronfa dalent
notify-listing-approved-subject = Mae eich proffil Microgontractau wedi'i restru
notify-listing-approved-email = Helo,

    Mae rheolwr yn { $council } wedi cymeradwyo eich proffil. Gall cynghorau eraill ddod o hyd iddo nawr ac archebu eich amser:

    { $link }

    Microgontractau
notify-listing-declined = Gwrthodwyd eich cais i gael eich rhestru: { $reason }
notify-listing-declined-subject = Ni chymeradwywyd eich proffil Microgontractau
notify-listing-declined-email = Helo,

    Mae rheolwr yn { $council } wedi gwrthod eich cais i gael eich rhestru, gan roi'r rheswm hwn:

    { $reason }

    Gallwch newid eich proffil a gofyn eto:

    { $link }

    Microgontractau
notify-listing-withdrawn = Mae rheolwr wedi tynnu eich proffil yn ôl o'r gronfa dalent
notify-listing-withdrawn-subject = Mae eich proffil Microgontractau wedi cael ei dynnu'n ôl
notify-listing-withdrawn-email = Helo,

    Mae rheolwr yn { $council } wedi tynnu eich proffil yn ôl o'r gronfa dalent. Ni all cynghorau eraill archebu eich amser mwyach:

    { $link }

    Microgontractau

## Gwallau'r gronfa dalent
error-money-required = Rhowch swm
error-money-format = Rhowch swm mewn punnoedd, fel 45 neu 52.50
error-hours-required = Rhowch nifer o oriau
error-hours-format = Rhowch oriau fel rhif, fel 2 neu 3.5
error-hours-quarters = Rhowch oriau mewn chwarteri awr, fel 2.25, 2.5 neu 2.75
error-capacity-too-high = Rhaid i'r oriau'r wythnos fod yn 40 neu lai
# Dyddiadau, ym mhatrwm mewnbwn dyddiad GOV.UK; mae $field yn un o'r field-name-* isod.
error-date-required = Rhowch y { $field }
error-date-format = Rhaid i'r { $field } fod yn ddyddiad go iawn
error-date-missing-day = Rhaid i'r { $field } gynnwys diwrnod
error-date-missing-month = Rhaid i'r { $field } gynnwys mis
error-date-missing-year = Rhaid i'r { $field } gynnwys blwyddyn
error-date-missing-day-month = Rhaid i'r { $field } gynnwys diwrnod a mis
error-date-missing-day-year = Rhaid i'r { $field } gynnwys diwrnod a blwyddyn
error-date-missing-month-year = Rhaid i'r { $field } gynnwys mis a blwyddyn
error-date-year-digits = Rhaid i flwyddyn y { $field } gynnwys 4 rhif
field-name-date = dyddiad
field-name-available_from = dyddiad rydych ar gael ohono
field-name-available_to = dyddiad rydych ar gael tan
field-name-start_date = dyddiad dechrau
field-name-end_date = dyddiad gorffen
field-name-contract_ends = dyddiad y daw'r contract i ben
field-name-earliest_start = dyddiad dechrau cynharaf
field-name-latest_end = dyddiad gorffen diweddaraf
field-name-questions_deadline = dyddiad olaf ar gyfer cwestiynau
field-name-closing_date = dyddiad cau
field-name-paid_on = dyddiad y cyrhaeddodd y taliad
field-name-signed_on = dyddiad ei lofnodi
error-date-order = Rhaid i'r dyddiad gorffen fod yr un fath â'r dyddiad dechrau neu ar ei ôl
error-headline-required = Rhowch bennawd
error-headline-too-long = Rhaid i'r pennawd fod yn 120 nod neu lai
error-about-required = Rhowch rywbeth amdanoch chi
error-about-too-long = Rhaid i'r testun amdanoch chi fod yn 3,000 nod neu lai
error-region = Dewiswch ranbarth o'r rhestr
error-work-mode = Dewiswch sut rydych yn gweithio gyda chynghorau eraill
error-title-required = Rhowch deitl
error-title-too-long = Rhaid i'r teitl fod yn 150 nod neu lai
error-delivered-required = Rhowch yr hyn a gyflawnwyd
error-delivered-too-long = Rhaid i'r hyn a gyflawnwyd fod yn 1,000 nod neu lai
error-year = Rhowch flwyddyn o 1990 hyd at eleni
error-link = Rhowch ddolen sy'n dechrau http:// neu https://
error-service = Dewiswch wasanaeth o'r rhestr
error-status = Nid yw'r statws hwnnw'n hysbys
error-listing-not-allowed = Ni ellir newid eich proffil yn y ffordd honno yn ei gyflwr presennol.
error-profile-details-missing = Ychwanegwch bennawd a rhywbeth amdanoch chi
error-profile-roles-missing = Ychwanegwch o leiaf un rôl
error-profile-capacity-missing = Dywedwch faint o oriau'r wythnos y gallwch eu rhoi, ac o ba bryd
error-reason-required = Rhowch y rheswm dros wrthod
error-rate-range = Rhowch gyfradd o £0.01 i £1,000 yr awr
error-level-required = Dewiswch rôl a lefel
error-week-order = Rhaid i'r wythnos olaf fod yr un fath â'r gyntaf neu ar ei hôl
audit-action-profile-started = Wedi dechrau proffil
audit-action-profile-details-changed = Wedi newid manylion proffil
audit-action-profile-role-set = Wedi gosod rôl ar broffil
audit-action-profile-role-removed = Wedi tynnu rôl o broffil
audit-action-profile-skill-added = Wedi ychwanegu sgil at broffil
audit-action-profile-skill-removed = Wedi tynnu sgil o broffil
audit-action-profile-service-added = Wedi ychwanegu gwasanaeth at broffil
audit-action-profile-service-removed = Wedi tynnu gwasanaeth o broffil
audit-action-profile-done-before-added = Wedi ychwanegu gwaith blaenorol at broffil
audit-action-profile-done-before-removed = Wedi tynnu gwaith blaenorol o broffil
audit-action-profile-capacity-changed = Wedi newid yr oriau wythnosol
audit-action-profile-week-unavailable = Wedi nodi nad oes modd bod ar gael am wythnos
audit-action-profile-week-available = Wedi gwneud wythnos ar gael eto
audit-action-profile-status-changed = Wedi newid rhestriad proffil
audit-action-profile-rate-set = Wedi gosod cyfradd neu nodiadau ymarferydd
audit-action-rate-card-changed = Wedi newid y cerdyn cyfraddau

## Tocynnau API
tokens-heading = Tocynnau API
tokens-intro = Gall systemau eraill, fel system AD neu rota eich cyngor, ddefnyddio API Microgontractau gyda thocyn mynediad personol. Gall tocyn wneud yr hyn y gallwch chi ei wneud, wedi'i gyfyngu i'r cwmpasau a ddewiswch.
tokens-docs = Disgrifiad o'r API (OpenAPI)
token-name = Enw'r tocyn
token-name-hint = Beth yw diben y tocyn, er enghraifft "System rota".
token-scopes = Cwmpasau
token-last-used = Defnyddiwyd ddiwethaf
token-never-used = Heb ei ddefnyddio erioed
token-revoked = Wedi'i ddiddymu
token-expires = Yn dod i ben
token-expired = Wedi dod i ben
token-lifetime = Yn dod i ben ar ôl
token-lifetime-days = { $days ->
    [365] 1 flwyddyn
   *[other] { $days } diwrnod
}
token-revoke = Diddymu
token-create = Creu tocyn
token-created = Eich tocyn newydd
token-shown-once = Copïwch y tocyn hwn nawr a'i gadw'n gyfrinachol. Ni fydd yn cael ei ddangos eto.
scope-profiles-read = Darllen y gronfa dalent, proffiliau a chardiau cyfraddau
scope-profiles-write = Newid eich oriau eich hun a'r wythnosau pan nad ydych ar gael
scope-rate-cards-write = Newid cerdyn cyfraddau eich cyngor
error-token-name-required = Rhowch enw ar gyfer y tocyn
error-token-scopes = Dewiswch o leiaf un cwmpas
error-token-lifetime = Dewiswch am ba hyd y mae'r tocyn yn para: blwyddyn ar y mwyaf
audit-action-api-token-created = Wedi creu tocyn API
audit-action-api-token-revoked = Wedi diddymu tocyn API

## Archebion a chontractau (geiriau cyffredin)
nav-work = Fy ngwaith
home-council-agreement = Cytundeb a rhagosodiadau contractau
none-given = Dim wedi'i roi
date-range = { $from } i { $to }
hours-n = { $hours } awr
booking-change-weeks = Newid yr oriau neu'r wythnosau
# $count is 1 for exactly one hour and 0 otherwise (it picks the form, not the number).
hours-phrase = { $count ->
    [one] 1 awr
   *[other] { $hours } awr
}
days = diwrnod
days-n = { $days } diwrnod
week-of = Wythnos { $date }
date-input-hint = Er enghraifft, 27 3 2027
month-input-hint = Er enghraifft, 3 2027
date-input-day = Diwrnod
date-input-month = Mis
date-input-year = Blwyddyn
time-midnight-ending = hanner nos ar ddiwedd { $date }
time-midday = { $date } am hanner dydd
time-at = { $date } am { $time }
choose-week = Dewiswch wythnos
deal-status-requested = Yn aros am yr ymarferydd
deal-status-accepted = Yn aros am reolwr
deal-status-approved = Wedi'i gymeradwyo
deal-status-declined = Wedi'i wrthod
deal-status-expired = Wedi dod i ben
deal-status-withdrawn = Wedi'i dynnu'n ôl
deal-status-proposed = Wedi'i gynnig
deal-status-active = Yn weithredol
deal-status-completed = Wedi'i gwblhau
deal-status-terminated = Wedi'i derfynu
version-status-proposed = Yn aros am y cyngor arall
version-status-accepted = Wedi'i gytuno
version-status-declined = Wedi'i wrthod
version-status-withdrawn = Wedi'i dynnu'n ôl
settlement-money = Arian (wedi'i anfonebu)
settlement-hour_credits = Credydau awr
invoicing-monthly = Yn fisol
invoicing-on_completion = Ar ôl cwblhau
vat-outside_scope = Y tu allan i gwmpas TAW
vat-standard = Cyfradd safonol (20%)
vat-exempt = Wedi'i eithrio rhag TAW
side-buyer = cyngor prynu
side-supplier = cyngor cyflenwi

## Archebu ymarferydd
booking-service-none = Heb ei roi
booking-new-title = Archebu { $name }
booking-new-intro = Gofynnwch am rai o oriau'r person hwn. Maen nhw'n ateb yn gyntaf, yna un o reolwyr eu cyngor. Caiff yr oriau eu cadw i chi o'r eiliad yr anfonwch y cais.
booking-free-hours = Oriau rhydd yn y 12 wythnos nesaf
booking-week = Wythnos
booking-free = Rhydd
booking-free-now = Rhydd nawr (ar ôl y cais hwn)
booking-asked = Gofynnwyd am
booking-buyer-council = Cyngor prynu
booking-how-much = Faint o amser sydd ei angen arnoch?
booking-mode-weekly = Yr un oriau bob wythnos
booking-mode-total = Cyfanswm o oriau rhwng dau ddyddiad
booking-hours-per-week = Oriau bob wythnos
booking-hours-hint = Mewn oriau a chwarteri awr, er enghraifft 3 neu 2.5
booking-from-week = Yr wythnos gyntaf
booking-to-week = Yr wythnos olaf
booking-total-hours = Cyfanswm yr oriau
booking-total-hint = Cânt eu rhannu dros y diwrnodau gwaith rhwng y dyddiadau, mewn chwarteri awr
booking-start-date = Dyddiad dechrau
booking-end-date = Dyddiad gorffen
booking-purpose = Ar gyfer beth mae'r gwaith?
booking-purpose-hint = Dywedwch beth sydd angen ei wneud a sut beth yw llwyddiant. Hyd at 1,000 nod.
booking-service = Y gwasanaeth y mae ar ei gyfer
booking-service-hint = O Restr Gwasanaethau Llywodraeth Leol: teipiwch ran o'i enw, er enghraifft “missed bin”. Gadewch yn wag os nad yw'r gwaith ar gyfer un gwasanaeth.
booking-po-number = Rhif archeb brynu
booking-po-hint = Dewisol. Caiff ei argraffu ar bob anfoneb.
booking-settlement = Sut y telir amdano
booking-check-title = Gwiriwch eich cais i archebu
booking-practitioner = Ymarferydd
booking-dates = Dyddiadau
booking-total = Cyfanswm yr oriau
booking-cost = Cost
booking-cost-at-rate = { $cost } ar { $rate } yr awr, cyn unrhyw TAW
booking-change = Newid y cais
booking-weeks = Oriau bob wythnos
booking-not-enough = Dim digon yn rhydd
booking-check-next = Pan fyddwch yn anfon y cais caiff yr oriau eu cadw i chi. Mae gan yr ymarferydd 5 diwrnod gwaith i ateb, yna un o reolwyr eu cyngor.
booking-send = Anfon y cais
booking-title = Cais i archebu { $id }
booking-request = Cais
booking-caption = { $supplier } i { $buyer }
booking-answer-by = Daw i ben os na chaiff ei ateb erbyn { $date }.
booking-see-contract = Gweld y contract
booking-requested-by = Gofynnwyd gan
booking-decline-reason = Y rheswm dros wrthod
booking-decline-hint = Mae'r prynwr yn gweld y rheswm hwn.
booking-your-answer = Eich ateb
booking-accept = Derbyn y cais
booking-decline = Gwrthod
booking-withdraw = Tynnu'r cais yn ôl
booking-approve-title = Cymeradwyo'r archeb
booking-approve-intro = Mae { $name } wedi derbyn y cais hwn. Mae ei gymeradwyo'n creu contract i'r ddau gyngor ei dderbyn. Dewiswch ei delerau.
booking-approve = Cymeradwyo a chynnig y contract
booking-done-requested = Mae eich cais wedi cael ei anfon. Caiff yr oriau eu cadw i chi.
booking-done-accepted = Rydych wedi derbyn y cais. Gofynnwyd i un o reolwyr eich cyngor ei gymeradwyo.
booking-done-declined = Mae'r cais wedi cael ei wrthod ac mae ei oriau wedi'u rhyddhau.
booking-done-withdrawn = Mae'r cais wedi cael ei dynnu'n ôl ac mae ei oriau wedi'u rhyddhau.

## Contractau
contract-title = Contract { $reference }
contract-reference = Contract
contract-calendar = Ychwanegu at eich calendr (.ics)
contract-print = Crynodeb i'w argraffu
contract-print-now = Argraffwch y dudalen hon o ddewislen eich porwr.
contract-summary-title = Crynodeb o gontract { $reference }
contract-summary-status = Statws: { $status }. Y telerau fel yr oeddent yn fersiwn { $version }.
contract-parties = Partïon
contract-buyer = Cyngor prynu
contract-supplier = Cyngor cyflenwi
contract-contact = Cyswllt: { $name } ({ $email })
contract-buyer-accepted = Wedi'i dderbyn gan y cyngor prynu
contract-supplier-accepted = Wedi'i dderbyn gan y cyngor cyflenwi
contract-accepted-by = { $name }, { $at }
contract-not-yet = Ddim eto
contract-ended = Wedi dod i ben
contract-ended-by = Gan { $name }, { $at }
contract-terms-version = Telerau (fersiwn { $version })
contract-rate = Cyfradd yr awr
contract-hours-cap = Uchafswm oriau
contract-value-cap = Uchafswm gwerth
contract-invoicing = Anfonebu
contract-vat = Triniaeth TAW
contract-payment-terms = Telerau talu
contract-payment-terms-days = Telerau talu mewn diwrnodau
contract-payment-terms-hint = Y diwrnodau o anfon yr anfoneb hyd nes ei bod yn ddyledus. Mae dyddiad dyledus ar benwythnos neu ar un o wyliau banc y cyngor prynu yn symud i'w ddiwrnod gwaith nesaf.
contract-legal-basis = Sail gyfreithiol
contract-agreement = Cytundeb
contract-agreement-version = { $title }, fersiwn { $version }
contract-agreement-version-short = fersiwn { $version }
contract-weeks = Oriau bob wythnos
contract-hours = Oriau
contract-versions = Fersiynau
contract-version = Fersiwn
contract-version-n = Fersiwn { $version }
contract-version-title = Contract { $reference }, fersiwn { $version }
contract-version-status = Statws
contract-version-current = (presennol)
contract-version-original = Y telerau fel y'u cymeradwywyd
contract-version-proposed = Wedi'i gynnig gan { $name } ar ran y { $side } ar { $at }.
contract-version-answered = Wedi'i ateb gan { $name } ar { $at }.
contract-proposed-by = Wedi'i gynnig gan
contract-change = Newid
contract-accept-intro-buyer = Mae eich cyngor yn prynu'r gwaith hwn. Derbyniwch y contract i gytuno ar ei delerau.
contract-accept-intro-supplier = Mae eich cyngor yn cyflenwi'r gwaith hwn. Derbyniwch y contract i gytuno ar ei delerau.
contract-accept-buyer = Derbyn ar ran y cyngor prynu
contract-accept-supplier = Derbyn ar ran y cyngor cyflenwi
contract-complete-title = Cwblhau'r contract
contract-complete-intro = Pan fydd y gwaith wedi'i wneud, cwblhewch y contract. Caiff oriau a gedwir o'r wythnos nesaf ymlaen eu rhyddhau.
contract-complete = Cwblhau'r contract
contract-terminate-title = Dod â'r contract i ben yn gynnar
contract-terminate-reason = Y rheswm dros ddod ag ef i ben
contract-terminate-hint = Mae'r ddau gyngor a'r ymarferydd yn gweld y rheswm hwn. Caiff oriau a gedwir o'r wythnos nesaf ymlaen eu rhyddhau.
contract-terminate-buyer = Dod ag ef i ben ar ran y cyngor prynu
contract-terminate-supplier = Dod ag ef i ben ar ran y cyngor cyflenwi
contract-done-proposed = Mae'r archeb wedi'i chymeradwyo. Mae'r contract yn mynd i'r ddau gyngor i'w dderbyn.
contract-done-accepted = Mae eich cyngor wedi derbyn y contract.
contract-done-varied = Mae'r amrywiad wedi cael ei anfon at y cyngor arall.
contract-done-variation-accepted = Mae'r amrywiad wedi cael ei dderbyn: mae ei delerau'n berthnasol nawr.
contract-done-variation-declined = Mae'r amrywiad wedi cael ei wrthod.
contract-done-variation-withdrawn = Mae'r amrywiad wedi cael ei dynnu'n ôl.
contract-done-completed = Mae'r contract wedi'i gwblhau.
contract-done-terminated = Mae'r contract wedi dod i ben.
variation-title = Cynnig amrywiad i gontract { $reference }
variation-intro = Cynigiwch fwy o oriau, dyddiad gorffen diweddarach neu gyfradd newydd. Rhaid i'r cyngor arall ei dderbyn cyn iddo ddod i rym; caiff yr oriau ychwanegol eu cadw tan hynny.
variation-now = Nawr: { $hours } awr ar { $rate } yr awr, yn gorffen { $end }.
variation-more-hours = Mwy o oriau
variation-extra-hours = Oriau ychwanegol bob wythnos
variation-extra-hint = Gadewch yn wag os nad oes oriau ychwanegol
variation-other = Newidiadau eraill
variation-end-date = Dyddiad gorffen newydd
variation-end-hint = Gadewch yn wag i gadw'r dyddiad gorffen. Dim ond yn ddiweddarach y gall symud.
variation-rate = Cyfradd yr awr newydd mewn punnoedd
variation-rate-hint = Gadewch yn wag i gadw'r gyfradd
variation-summary = Beth sy'n newid a pham
variation-summary-hint = Mae'r cyngor arall yn darllen hwn yn gyntaf.
variation-send = Anfon yr amrywiad
variation-waiting = Mae amrywiad { $version } yn aros am ateb
variation-see-terms = Gweld telerau fersiwn { $version }
variation-accept = Derbyn yr amrywiad
variation-decline = Gwrthod yr amrywiad
variation-withdraw = Tynnu'r amrywiad yn ôl
variation-propose-buyer = Cynnig amrywiad ar ran y cyngor prynu
variation-propose-supplier = Cynnig amrywiad ar ran y cyngor cyflenwi

## Fy ngwaith
work-title = Fy ngwaith
work-back = Yn ôl i fy ngwaith
work-nothing = Dim byd yma eto. Bydd yr archebion a'r contractau rydych yn rhan ohonynt yn cael eu rhestru yma.
work-as-practitioner = Eich gwaith eich hun
work-requests-for-you = Ceisiadau am eich amser
work-no-requests = Does neb wedi gofyn am eich amser eto.
work-your-contracts = Eich contractau
work-no-contracts = Does gennych chi ddim contractau eto.
work-your-capacity = Eich oriau rhydd ({ $hours } awr yr wythnos)
work-free-n = { $hours } yn rhydd
work-change-capacity = Newid eich oriau
work-as-buyer = Prynu ar ran { $council }
work-requests-sent = Ceisiadau a anfonwyd
work-no-requests-sent = Dim ceisiadau wedi'u hanfon eto.
work-find-someone = Dod o hyd i rywun yn y gronfa dalent
work-contracts-bought = Contractau
work-as-manager = Rheoli yn { $council }
work-to-approve = Yn aros am eich cymeradwyaeth
work-none-to-approve = Does dim archebion yn aros am gymeradwyaeth.
work-open-contracts = Contractau agored
work-staff-commitments = Oriau a ymrwymwyd gan eich staff (wedi'u cadw gan geisiadau a chontractau)
work-of-capacity = o { $hours } yr wythnos
work-no-commitments = Does gan neb o'ch staff oriau wedi'u hymrwymo yn yr 8 wythnos nesaf.
work-who = Pwy
work-parties = Partïon

## Cytundebau
agreement-council-title = Cytundeb a rhagosodiadau contractau
agreement-current = Y cytundeb presennol yw { $title }, fersiwn { $version }, a gyhoeddwyd { $date }.
agreement-read = Darllen y cytundeb
agreement-signed-by = Wedi'i lofnodi ar ran eich cyngor gan { $name } ({ $role }) ar { $date }; wedi'i gofnodi gan { $recorder }.
agreement-not-signed = Nid yw eich cyngor wedi cofnodi llofnodi'r fersiwn hon. Hyd nes y bydd yn gwneud hynny, ni all dderbyn contractau.
agreement-record-title = Cofnodi pwy a'i llofnododd
agreement-signatory-name = Enw'r person a'i llofnododd
agreement-signatory-role = Teitl eu swydd
agreement-signatory-role-hint = Er enghraifft, Prif Swyddog Digidol
agreement-signed-on = Dyddiad ei lofnodi
agreement-record = Cofnodi'r llofnod
agreement-none-yet = Does dim cytundeb wedi'i gyhoeddi eto.
agreement-done-signed = Mae'r llofnod wedi cael ei gofnodi.
agreement-done-defaults = Mae rhagosodiadau eich contractau wedi cael eu cadw.
defaults-title = Rhagosodiadau ar gyfer contractau rydych yn eu cyflenwi
defaults-intro = Mae contractau newydd lle mae eich cyngor yn cyflenwi'r gwaith yn dechrau gyda'r telerau hyn; gall y rheolwr sy'n cymeradwyo eu newid.
admin-agreements = Cytundebau a seiliau cyfreithiol
admin-agreement-versions = Fersiynau'r cytundeb
admin-agreement-version = Fersiwn
admin-agreement-version-hint = Er enghraifft, 1.0
admin-agreement-title = Teitl
admin-agreement-body = Testun y cytundeb
admin-agreement-published = Cyhoeddwyd
admin-agreement-current = Presennol
admin-agreement-publish-title = Cyhoeddi fersiwn newydd
admin-agreement-publish-intro = Mae contractau newydd yn defnyddio'r fersiwn fwyaf newydd. Rhaid i bob cyngor gofnodi ei llofnodi cyn eu derbyn.
admin-agreement-publish = Cyhoeddi
admin-legal-bases = Seiliau cyfreithiol
admin-legal-basis-name = Enw
admin-legal-basis-description = Beth mae'n ei olygu
admin-legal-basis-retired = Wedi'i ymddeol
admin-legal-basis-retire = Ymddeol
admin-legal-basis-restore = Adfer
admin-legal-basis-add = Ychwanegu sail gyfreithiol
admin-actions = Camau
admin-agreements-done-published = Mae fersiwn newydd y cytundeb wedi cael ei chyhoeddi.
admin-agreements-done-added = Mae'r sail gyfreithiol wedi cael ei hychwanegu.
admin-agreements-done-retired = Mae'r sail gyfreithiol wedi cael ei hymddeol.
admin-agreements-done-restored = Mae'r sail gyfreithiol wedi cael ei hadfer.

## Gwallau archebion a chontractau
error-booking-mode = Dewiswch faint o amser sydd ei angen arnoch
error-week-required = Dewiswch wythnos
error-week-format = Dewiswch wythnos o'r rhestr
error-week-past = Ni all yr wythnos gyntaf fod yn y gorffennol
error-week-too-far = Gellir archebu oriau hyd at 26 wythnos ymlaen llaw
error-weekly-hours-range = Rhaid i'r oriau bob wythnos fod rhwng 0.25 a 40
error-hours-positive = Rhowch fwy na 0 awr
error-date-past = Ni all y dyddiad dechrau fod yn y gorffennol
error-date-future = Ni all y dyddiad fod yn y dyfodol
error-settlement = Dewiswch sut y telir amdano
error-buyer-council = Dewiswch y cyngor rydych yn prynu ar ei ran
error-booking-no-capacity = Does dim digon o oriau rhydd mewn rhai wythnosau. { $weeks }. Gofynnwch am lai o oriau neu wythnosau eraill.
# $count is 1 when exactly one hour is free and 0 otherwise (it picks the form only).
booking-shortfall = Wythnos { $monday }: gofynnoch am { $asked }, { $count ->
    [one] mae 1 awr yn rhydd
   *[other] mae { $free } yn rhydd
}
error-booking-not-listed = Nid yw'r person hwn yn derbyn archebion ar hyn o bryd
error-booking-own-council = Ni allwch archebu rhywun o'ch cyngor eich hun
error-booking-no-rate = Does gan y person hwn ddim cyfradd yr awr eto, felly ni ellir ei archebu. Ei gyngor sy'n ei gosod.
error-booking-not-accepted-yet = Nid yw'r ymarferydd wedi derbyn y cais hwn eto
error-booking-already-accepted = Mae'r cais hwn eisoes wedi'i dderbyn ac mae'n aros am reolwr
error-booking-closed = Mae'r cais hwn eisoes wedi cael ei ateb, ei dynnu'n ôl neu wedi dod i ben
error-changed-meanwhile = Newidiodd rhywun arall hyn tra oeddech yn edrych arno. Gwiriwch ef eto.
error-no-agreement = Does dim cytundeb wedi'i gyhoeddi eto, felly ni ellir gwneud contract. Gofynnwch i weinyddwyr y platfform.
error-agreement-not-signed = Nid yw eich cyngor wedi cofnodi llofnodi'r cytundeb y mae'r contract hwn yn ei ddefnyddio. Gall gweinyddwr y cyngor ei gofnodi ar dudalen y cytundeb.
error-contract-already-accepted = Mae eich cyngor eisoes wedi derbyn y contract hwn
error-contract-already-active = Mae'r contract hwn eisoes yn weithredol
error-contract-not-active = Dim ond contract gweithredol y gellir ei gwblhau
error-contract-ended = Mae'r contract hwn wedi dod i ben
error-contract-complete-buyer = Dim ond y cyngor prynu all gwblhau contract
error-variation-needs-active = Dim ond contract gweithredol y gellir ei amrywio
error-variation-waiting = Mae amrywiad eisoes yn aros am ateb
error-variation-none-waiting = Does dim amrywiad yn aros am ateb
error-variation-not-yours = Dim ond y cyngor a gynigiodd yr amrywiad all ei dynnu'n ôl
error-variation-other-side = Rhaid i'r cyngor arall ateb yr amrywiad hwn
error-variation-no-change = Newidiwch yr oriau, y dyddiad gorffen neu'r gyfradd
error-end-earlier = Ni all y dyddiad gorffen newydd fod yn gynharach na'r un presennol
error-legal-basis = Dewiswch sail gyfreithiol
error-legal-basis-taken = Mae sail gyfreithiol â'r enw hwnnw eisoes
error-agreement-version-taken = Mae'r fersiwn honno eisoes wedi cael ei chyhoeddi
error-payment-terms-format = Rhowch delerau talu fel nifer cyfan o ddiwrnodau
error-payment-terms-range = Rhaid i'r telerau talu fod rhwng 0 a 120 diwrnod
error-invoicing = Dewiswch pa mor aml i anfonebu
error-vat-treatment = Dewiswch driniaeth TAW
error-side = Dewiswch ochr

## Hysbysiadau archebion a chontractau
notify-booking-requested = Mae { $council } wedi gofyn am { $hours } awr o'ch amser
notify-booking-requested-subject = Mae { $council } wedi gofyn am eich amser ar Microgontractau
notify-booking-requested-email = Helo,

    Mae { $council } wedi gofyn am { $hours } awr o'ch amser drwy Microgontractau. Caiff yr oriau eu cadw iddynt nes i chi ateb. Derbyniwch neu gwrthodwch o fewn 5 diwrnod gwaith:

    { $link }

    Microgontractau
notify-booking-to-approve = Mae { $name } wedi derbyn archeb gan { $council }: cymeradwywch hi
notify-booking-to-approve-subject = Mae archeb ar gyfer { $name } yn aros am eich cymeradwyaeth
notify-booking-to-approve-email = Helo,

    Mae { $name } wedi derbyn cais gan { $council } am rywfaint o'u hamser. Fel rheolwr yn eu cyngor, cymeradwywch ef (gan ddewis telerau'r contract) neu gwrthodwch ef:

    { $link }

    Microgontractau
notify-booking-accepted = Mae { $name } wedi derbyn eich cais i archebu
notify-booking-accepted-subject = Mae { $name } wedi derbyn eich archeb ar Microgontractau
notify-booking-accepted-email = Helo,

    Mae { $name } wedi derbyn eich cais. Gofynnwyd i un o reolwyr eu cyngor ei gymeradwyo:

    { $link }

    Microgontractau
notify-booking-declined = Gwrthodwyd cais i archebu: { $reason }
notify-booking-declined-subject = Gwrthodwyd cais i archebu ar Microgontractau
notify-booking-declined-email = Helo,

    Mae'r cais am amser { $name } yn { $council } wedi cael ei wrthod, gyda'r rheswm hwn:

    { $reason }

    Mae'r oriau a gadwyd wedi cael eu rhyddhau. Mae'r cais yma:

    { $link }

    Microgontractau
notify-booking-withdrawn = Mae { $council } wedi tynnu ei gais i archebu yn ôl
notify-booking-withdrawn-subject = Tynnwyd cais i archebu yn ôl ar Microgontractau
notify-booking-withdrawn-email = Helo,

    Mae { $council } wedi tynnu ei gais am eich amser yn ôl. Mae'r oriau a gadwyd wedi cael eu rhyddhau:

    { $link }

    Microgontractau
notify-booking-approved = Mae eich archeb gyda { $council } wedi'i chymeradwyo: contract { $reference }
notify-booking-approved-subject = Mae contract { $reference } wedi cael ei gynnig ar Microgontractau
notify-booking-approved-email = Helo,

    Mae rheolwr wedi cymeradwyo'r archeb ar gyfer { $name }. Mae contract { $reference } nawr yn mynd i'r ddau gyngor i'w dderbyn:

    { $link }

    Microgontractau
notify-booking-expired = Daeth cais i archebu i ben heb ateb
notify-booking-expired-subject = Mae cais i archebu ar Microgontractau wedi dod i ben
notify-booking-expired-email = Helo,

    Ni chafodd y cais gan { $council } am amser { $name } ei ateb o fewn 5 diwrnod gwaith, felly mae wedi dod i ben ac mae ei oriau wedi cael eu rhyddhau:

    { $link }

    Microgontractau
notify-contract-to-accept = Mae contract { $reference } yn aros i'ch cyngor ei dderbyn
notify-contract-to-accept-subject = Mae contract { $reference } yn aros am eich cyngor ar Microgontractau
notify-contract-to-accept-email = Helo,

    Mae contract { $reference } ar gyfer amser { $name } ({ $supplier } i { $buyer }) yn aros i'ch cyngor ei dderbyn:

    { $link }

    Microgontractau
notify-contract-active = Mae contract { $reference } yn weithredol
notify-contract-active-subject = Mae contract { $reference } yn weithredol ar Microgontractau
notify-contract-active-email = Helo,

    Mae'r ddau gyngor wedi derbyn contract { $reference } ar gyfer amser { $name } ({ $supplier } i { $buyer }). Mae'n weithredol nawr:

    { $link }

    Microgontractau
notify-contract-completed = Mae contract { $reference } wedi'i gwblhau
notify-contract-completed-subject = Mae contract { $reference } wedi'i gwblhau
notify-contract-completed-email = Helo,

    Mae'r cyngor prynu wedi cwblhau contract { $reference } ar gyfer amser { $name }. Mae oriau a gadwyd o'r wythnos nesaf ymlaen wedi cael eu rhyddhau:

    { $link }

    Microgontractau
notify-contract-terminated = Mae contract { $reference } wedi dod i ben: { $reason }
notify-contract-terminated-subject = Mae contract { $reference } wedi dod i ben yn gynnar
notify-contract-terminated-email = Helo,

    Mae contract { $reference } ar gyfer amser { $name } ({ $supplier } i { $buyer }) wedi dod i ben yn gynnar, gyda'r rheswm hwn:

    { $reason }

    Mae oriau a gadwyd o'r wythnos nesaf ymlaen wedi cael eu rhyddhau:

    { $link }

    Microgontractau
notify-variation-proposed = Mae amrywiad { $version } i gontract { $reference } yn aros am eich ateb
notify-variation-proposed-subject = Mae angen eich ateb ar amrywiad i gontract { $reference }
notify-variation-proposed-email = Helo,

    Mae'r cyngor arall wedi cynnig amrywiad { $version } i gontract { $reference } ar gyfer amser { $name }. Derbyniwch neu gwrthodwch ef:

    { $link }

    Microgontractau
notify-variation-accepted = Derbyniwyd amrywiad { $version } i gontract { $reference }
notify-variation-accepted-subject = Derbyniwyd amrywiad i gontract { $reference }
notify-variation-accepted-email = Helo,

    Mae amrywiad { $version } i gontract { $reference } wedi cael ei dderbyn. Mae ei delerau'n berthnasol nawr:

    { $link }

    Microgontractau
notify-variation-declined = Gwrthodwyd amrywiad { $version } i gontract { $reference }
notify-variation-declined-subject = Gwrthodwyd amrywiad i gontract { $reference }
notify-variation-declined-email = Helo,

    Mae amrywiad { $version } i gontract { $reference } wedi cael ei wrthod. Mae'r oriau yr oedd yn eu cadw wedi cael eu rhyddhau:

    { $link }

    Microgontractau
notify-variation-withdrawn = Tynnwyd amrywiad { $version } i gontract { $reference } yn ôl
notify-variation-withdrawn-subject = Tynnwyd amrywiad i gontract { $reference } yn ôl
notify-variation-withdrawn-email = Helo,

    Mae amrywiad { $version } i gontract { $reference } wedi cael ei dynnu'n ôl gan y cyngor a'i cynigiodd:

    { $link }

    Microgontractau

## Log archwilio: archebion a chontractau
audit-action-booking-requested = Wedi gofyn am archeb
audit-action-booking-accepted = Wedi derbyn cais i archebu
audit-action-booking-declined = Wedi gwrthod cais i archebu
audit-action-booking-withdrawn = Wedi tynnu cais i archebu yn ôl
audit-action-booking-approved = Wedi cymeradwyo archeb
audit-action-booking-expired = Daeth cais i archebu i ben
audit-action-contract-proposed = Wedi cynnig contract
audit-action-contract-accepted-by-buyer = Wedi derbyn contract ar ran y cyngor prynu
audit-action-contract-accepted-by-supplier = Wedi derbyn contract ar ran y cyngor cyflenwi
audit-action-contract-variation-proposed = Wedi cynnig amrywiad i gontract
audit-action-contract-variation-accepted = Wedi derbyn amrywiad i gontract
audit-action-contract-variation-declined = Wedi gwrthod amrywiad i gontract
audit-action-contract-variation-withdrawn = Wedi tynnu amrywiad i gontract yn ôl
audit-action-contract-completed = Wedi cwblhau contract
audit-action-contract-terminated = Wedi dod â chontract i ben yn gynnar
audit-action-agreement-signed = Wedi cofnodi llofnodi'r cytundeb
audit-action-agreement-published = Wedi cyhoeddi fersiwn o'r cytundeb
audit-action-contract-defaults-changed = Wedi newid rhagosodiadau contractau
audit-action-retention-applied = Wedi rhoi'r amserlen gadw ar waith
audit-action-personal-data-exported = Wedi allforio data unigolyn
audit-action-legal-basis-added = Wedi ychwanegu sail gyfreithiol
audit-action-legal-basis-retired = Wedi ymddeol sail gyfreithiol
audit-action-legal-basis-restored = Wedi adfer sail gyfreithiol
booking-book = Archebu { $name }
scope-deals-read = Darllen eich archebion a'ch contractau
scope-deals-write = Gofyn am archebion, eu hateb a'u cymeradwyo; derbyn contractau a dod â nhw i ben
error-week-twice = Rhowch bob wythnos unwaith
pool-service-hint = Teipiwch ran o'i enw, er enghraifft garden waste
error-service-none = Does dim gwasanaeth ar Restr Gwasanaethau Llywodraeth Leol yn cyfateb i'r geiriau hynny
error-service-empty = Teipiwch ran o enw'r gwasanaeth, yna dewiswch ef
error-service-several = Mae mwy nag un gwasanaeth yn cyfateb i'r geiriau hynny: dewiswch un, neu teipiwch ragor o'i enw
service-picker-hint = Teipiwch ran o enw'r gwasanaeth, er enghraifft “missed bin”
service-picker-choose = Gwasanaethau sy'n cyfateb i “{ $words }”
service-picker-more = Dim ond y 12 cyntaf a ddangosir: teipiwch ragor o'r enw i weld eraill.
service-picker-no-results = Does dim gwasanaeth yn cyfateb
service-picker-too-short = Teipiwch { $min } llythyren neu fwy i gael awgrymiadau
service-picker-results-one = Mae 1 awgrym ar gael.
service-picker-results-other = Mae { $count } awgrym ar gael.
service-picker-selected = Mae { $option } ({ $position } o { $count }) wedi'i amlygu
service-picker-assistive = Pan fydd awgrymiadau ar gael, defnyddiwch y saethau i fyny ac i lawr i'w hadolygu a'r fysell enter i ddewis un. Ar sgrin gyffwrdd, archwiliwch drwy gyffwrdd neu drwy lithro.

## Cyfleoedd (SPEC §4.3)
nav-opportunities = Cyfleoedd
opportunities-title = Cyfleoedd
opportunities-intro = Gofynion y mae cynghorau wedi'u cyhoeddi ar gyfer gwaith digidol, wedi'u mesur mewn oriau. Mae ymarferwyr yn gwneud cais gyda chymeradwyaeth eu rheolwr; mae'r cyngor prynu yn gwerthuso ac yn dyfarnu microgontract.
opportunities-back = Yn ôl i'r cyfleoedd
opportunities-council-link = Cyfleoedd { $council }
opportunities-council-title = Cyfleoedd { $council }
opportunities-council-list = Pob cyfle
opportunities-council-none = Nid yw eich cyngor wedi ysgrifennu unrhyw gyfleoedd eto.
opportunities-words = Geiriau
opportunities-remote-only = Gwaith o bell yn unig
opportunities-rate-at-least = Uchafswm cyfradd o leiaf (£ yr awr)
opportunities-rate-hint = Dim ond y rhai sy'n talu o leiaf eich cyfradd chi, er enghraifft 45
opportunities-found = { $count ->
    [zero] Dim cyfleoedd
    [one] 1 cyfle
    [two] 2 gyfle
    [few] 3 chyfle
    [many] 6 chyfle
   *[other] { $count } cyfle
}
opportunities-found-more = Mwy na { $count } cyfle
opportunities-none = Does dim cyfleoedd yn cyfateb. Rhowch gynnig ar lai o hidlyddion.
opportunities-data-title = Data agored
opportunities-data-intro = Gall unrhyw un lwytho'r cyfleoedd hyn a'u canlyniadau i lawr (prynwr, dyddiadau, rôl, gwasanaeth, statws, ceisiadau, y cyngor buddugol a'r gwerth) fel CSV neu JSON, gyda'r hidlyddion a ddewiswyd uchod; mae pob ffeil CSV yn cynnwys hyd at 1,000, ac mae ei phennawd Link yn rhoi cyfeiriad y ffeil nesaf. Caiff pob dyfarniad a chontract hefyd eu cyhoeddi fel Data Contractio Agored.
opportunities-data-csv = Llwytho i lawr fel CSV
opportunities-data-json = Darllen fel JSON (yr API, nid oes angen allwedd)
opportunities-data-ocds = Dyfarniadau a chontractau fel datganiadau'r Safon Data Contractio Agored (JSON)
opportunities-pages = Tudalennau o gyfleoedd
filters-apply = Defnyddio'r hidlyddion
opportunity-list-facts = { $hours } awr · hyd at { $rate } yr awr · yn cau { $closes } · { $count ->
    [zero] dim ceisiadau
    [one] 1 cais
    [two] 2 gais
    [few] 3 chais
    [many] 6 chais
   *[other] { $count } cais
}
opportunity-kind = Math
opportunity-kind-specialist = Arbenigwr
opportunity-kind-outcome = Canlyniad
opportunity-kind-question = Beth sydd ei angen arnoch?
opportunity-kind-explained-specialist = Arbenigwr: un person mewn rôl benodol am nifer amcangyfrifedig o oriau
opportunity-kind-explained-outcome = Canlyniad: darn bach o waith y mae tîm cyngor yn ei gyflawni
opportunity-status = Statws
opportunity-status-draft = Drafft
opportunity-status-live = Ar agor
opportunity-status-closed = Wedi cau
opportunity-status-awarded = Wedi'i ddyfarnu
opportunity-status-unsuccessful = Heb ei ddyfarnu
opportunity-status-cancelled = Wedi'i ganslo
opportunity-status-withdrawn = Wedi'i dynnu'n ôl
opportunity-status-submitted = Yn aros am reolwr
opportunity-status-approved = Wedi'i gymeradwyo gan reolwr
opportunity-status-declined = Wedi'i wrthod gan reolwr
opportunity-title = Teitl
opportunity-title-hint = Beth rydych am alw eich gofynion. { $max } nod ar y mwyaf.
opportunity-untitled = Cyfle { $id } (dim teitl eto)
opportunity-summary-heading = Am y gwaith
opportunity-summary = Crynodeb o'r gwaith
opportunity-background = Pam mae'r gwaith yn cael ei wneud
opportunity-background-hint = Y nod y mae'r gwaith yn ei gefnogi ac unrhyw ddyddiadau pwysig. { $max } gair ar y mwyaf.
opportunity-work-specialist = Beth fydd yr arbenigwr yn gweithio arno
opportunity-work-outcome = Y broblem i'w datrys
opportunity-work-hint = { $max } gair ar y mwyaf.
words-at-most = { $max } gair ar y mwyaf.
opportunity-role = Rôl
opportunity-role-hint = Y rôl DDaT sydd ei hangen arnoch. Mae angen un ar gyfle arbenigwr; gall canlyniad ei hepgor.
opportunity-role-none = Dim rôl benodol
opportunity-band = Lefel y rôl (dewisol)
opportunity-band-hint = Mae argymhellion yn ffafrio pobl ar y lefel hon o'r rôl, yna'r rhai un lefel i'r naill ochr.
opportunity-band-none = Unrhyw lefel
opportunity-band-shown = Lefel y rôl
opportunity-service = Gwasanaeth
opportunity-service-hint = Y gwasanaeth y mae'r gwaith ar ei gyfer, o Restr Gwasanaethau Llywodraeth Leol: teipiwch ran o'i enw, er enghraifft “missed bin”. Gadewch yn wag os nad yw'r gwaith ar gyfer un gwasanaeth.
opportunity-where = Ble
opportunity-work-mode = Ble gall y gwaith ddigwydd
opportunity-work-mode-remote = O bell
opportunity-work-mode-either = O bell neu ar y safle
opportunity-work-mode-on_site = Ar y safle
opportunity-region = Rhanbarth
opportunity-region-hint = Mae angen hwn pan fydd y gwaith ar y safle.
opportunity-region-none = Dim rhanbarth
opportunity-arrangements = Trefniadau gweithio
opportunity-arrangements-hint = Sut rydych am weithio gyda'r person neu'r tîm, ac unrhyw gyfyngiadau ar dreuliau. { $max } gair ar y mwyaf.
opportunity-clearance = Cliriad diogelwch
opportunity-clearance-optional = Cliriad diogelwch (dewisol)
opportunity-hours = Oriau amcangyfrifedig
opportunity-hours-hint = Mewn oriau, er enghraifft 37.5
opportunity-max-rate = Uchafswm cyfradd yr awr
opportunity-max-rate-hint = Mewn punnoedd yr awr, er enghraifft 55. Ni all ymgeiswyr gynnig mwy.
rate-per-hour = { $rate } yr awr
opportunity-earliest-start = Dechrau cynharaf
opportunity-latest-end = Gorffen diweddaraf
opportunity-dates = Dyddiadau
opportunity-essential = Sgiliau a phrofiad hanfodol
opportunity-nice = Sgiliau a phrofiad dymunol
opportunity-nice-optional = Sgiliau a phrofiad dymunol (dewisol)
opportunity-criteria-hint = Rhowch bob un ar ei linell ei hun: 20 ar y mwyaf, pob un yn 300 nod a 30 gair ar y mwyaf.
opportunity-weighting = Pwysoliad y gwerthuso
opportunity-weighting-intro = Sut mae ceisiadau'n cael eu sgorio: rhaid i'r tri phwysoliad adio i 100.
opportunity-weighting-value = Cymhwysedd technegol { $technical }%, addasrwydd diwylliannol { $cultural }%, pris { $price }%
opportunity-technical-weight = Cymhwysedd technegol (%)
opportunity-technical-weight-hint = O 10 i 75. Pa mor dda y gall y person neu'r tîm wneud y gwaith.
opportunity-cultural-weight = Addasrwydd diwylliannol (%)
opportunity-cultural-weight-hint = O 5 i 20. Pa mor dda y byddwch yn gweithio gyda'ch gilydd.
opportunity-price-weight = Pris (%)
opportunity-price-weight-hint = O 20 i 85. Pa mor agos yw pob cyfradd at yr isaf.
opportunity-evaluate-count = Faint o ymgeiswyr y byddwch yn eu gwerthuso
opportunity-evaluate-count-hint = O 3 i 15
opportunity-questions-deadline = Y diwrnod olaf ar gyfer cwestiynau
opportunity-questions-deadline-hint = Gellir gofyn cwestiynau tan ddiwedd y diwrnod hwn, neu tan yr amser cau os mai hwn yw'r diwrnod cau.
opportunity-closing-date = Dyddiad cau
opportunity-closing-time = Amser cau
opportunity-closing-time-hint = Cloc 24 awr, amser y DU, er enghraifft 12:00
opportunity-visibility = Pwy all ei ddarllen
opportunity-visibility-public = Unrhyw un, gan gynnwys pobl nad ydynt wedi mewngofnodi
opportunity-visibility-signed_in = Dim ond pobl sydd wedi mewngofnodi i Microgontractau
opportunity-audience = Ar agor i
opportunity-audience-question = Pa gynghorau all wneud cais
opportunity-audience-all = Pob cyngor
opportunity-audience-invited = Dim ond y cynghorau rwy'n eu gwahodd
opportunity-invited = Cynghorau rydych yn eu gwahodd
opportunity-invited-hint = Dim ond os dewisoch gynghorau gwahoddedig. Un cod neu enw cyngor ar bob llinell, er enghraifft LDS.
opportunity-published = Cyhoeddwyd
opportunity-closes = Yn cau { $closes }.
opportunity-closing = Yn cau
opportunity-questions-until = Cwestiynau tan { $deadline }.
opportunity-application-count = { $count ->
    [zero] Dim ceisiadau hyd yma
    [one] 1 cais hyd yma
    [two] 2 gais hyd yma
    [few] 3 chais hyd yma
    [many] 6 chais hyd yma
   *[other] { $count } cais hyd yma
}
opportunity-applications = Ceisiadau
opportunity-outcome = Canlyniad
opportunity-outcome-supplier = Cyngor cyflenwi
opportunity-outcome-value = Gwerth
opportunity-outcome-start = Dechrau
opportunity-ended-reason = Rheswm y prynwr: { $reason }
opportunity-change-link = Newid neu dynnu'n ôl
opportunity-questions-link = Cwestiynau
opportunity-evaluate-link = Gwerthuso ceisiadau
opportunity-copy = Copïo i ddrafft newydd
opportunity-your-application = Eich cais: { $status }
opportunity-apply = Gwneud cais
opportunity-apply-again = Newid eich cais
opportunity-sign-in-to-apply = Mewngofnodwch i ofyn cwestiwn neu i wneud cais
opportunity-changes = Newidiadau ers cyhoeddi
opportunity-change-summary = Crynodeb wedi'i gywiro
opportunity-change-clarification = Eglurhad
opportunity-change-closing_time = Amser cau wedi'i estyn
opportunity-change-closing-from-to = o { $from } i { $to }
opportunity-change-closing-to = nawr { $to }
opportunity-questions = Cwestiynau ac atebion
opportunity-question-n = Cwestiwn { $n }
opportunity-no-questions = Does dim cwestiynau wedi cael eu hateb eto.
opportunity-ask = Gofyn cwestiwn
opportunity-ask-hint = 100 gair ar y mwyaf. Caiff eich cwestiwn ei gyhoeddi gyda'i ateb, heb eich enw.
opportunity-ask-send = Anfon y cwestiwn
opportunity-done-published = Mae eich cyfle wedi'i gyhoeddi
opportunity-done-asked = Anfonwyd eich cwestiwn at y prynwr
opportunity-done-changed = Mae'r newid wedi'i gyhoeddi ac mae pawb a wnaeth gais neu a ofynnodd wedi cael gwybod
opportunity-done-withdrawn = Mae'r cyfle wedi'i dynnu'n ôl ac mae pawb a wnaeth gais neu a ofynnodd wedi cael gwybod
opportunity-done-award = Wedi'i ddyfarnu: mae'r contractau wedi'u cynnig
opportunity-done-unsuccessful = Wedi cau heb ddyfarniad
opportunity-done-cancel = Wedi'i ganslo
opportunity-start-title = Ysgrifennu cyfle newydd
opportunity-start = Dechrau
opportunity-tasks-title = Ysgrifennu eich cyfle
opportunity-tasks-progress = Rydych wedi cwblhau { $done } o { $total } adran.
section-about = Am y gwaith
section-role-and-service = Rôl a gwasanaeth
section-location = Lleoliad a threfniadau gweithio
section-hours-and-budget = Oriau, cyfradd a dyddiadau
section-criteria = Sgiliau a phrofiad
section-evaluation = Sut y byddwch yn gwerthuso
section-timing = Cwestiynau, cau a phwy all wneud cais
task-completed = Wedi'i gwblhau
task-incomplete = Heb ei gwblhau
save-and-continue = Cadw a pharhau
opportunity-publish-title = Cyhoeddi
opportunity-publish-hint = Ar ôl ei gyhoeddi, gallwch gywiro'r crynodeb, ychwanegu eglurhad neu estyn yr amser cau, ond nid ei fyrhau.
opportunity-publish = Cyhoeddi'r cyfle
opportunity-change-title = Newid neu dynnu'n ôl
opportunity-change-intro = Caiff pob newid ei ddangos ar dudalen y cyfle a'i anfon at bawb sydd wedi gwneud cais neu ofyn cwestiwn.
opportunity-change-kind = Beth rydych yn ei newid?
opportunity-change-body = Y crynodeb wedi'i gywiro neu'r eglurhad
opportunity-change-body-hint = Mae'r crynodeb yn 50 gair ar y mwyaf; eglurhad yn 200.
opportunity-change-send = Cyhoeddi'r newid
opportunity-extend-title = Estyn yr amser cau
opportunity-extend-now = Mae'n cau { $closes }. Rhaid i'r amser newydd fod yn ddiweddarach.
opportunity-extend = Estyn
opportunity-withdraw-title = Tynnu'r cyfle yn ôl
opportunity-withdraw-reason = Pam rydych yn ei dynnu'n ôl?
opportunity-withdraw-hint = Caiff pawb a wnaeth gais neu a ofynnodd wybod, gyda'r rheswm hwn.
opportunity-withdraw = Tynnu'n ôl
opportunity-questions-title = Cwestiynau
opportunity-questions-intro = Atebwch bob cwestiwn. Caiff atebion eu cyhoeddi ar dudalen y cyfle heb enw'r sawl a ofynnodd.
opportunity-answer = Ateb
opportunity-answer-label = Eich ateb i gwestiwn { $n }
opportunity-answer-publish = Cyhoeddi'r ateb
alerts-title = Eich chwiliadau wedi'u cadw
alerts-intro = Rydym yn rhoi gwybod i chi am gyfleoedd newydd sy'n cyfateb i bob chwiliad, yn y gwasanaeth a thrwy e-bost, mor aml ag y dewiswch.
alerts-save-title = Cadw'r chwiliad hwn
alerts-name = Enw ar gyfer y chwiliad
alerts-frequency = Pa mor aml
alerts-frequency-immediate = Cyn gynted ag y caiff un ei gyhoeddi
alerts-frequency-daily = Mewn e-bost dyddiol
alerts-frequency-off = Byth (cadw'r chwiliad)
alerts-save = Cadw'r chwiliad
alerts-change = Newid
alerts-delete = Dileu
alerts-none = Does gennych chi ddim chwiliadau wedi'u cadw. Hidlwch y rhestr o gyfleoedd a chadwch y chwiliad.
alerts-try-again = Rhowch enw i'r chwiliad a dewiswch pa mor aml, yna cadwch ef eto o'r rhestr.
alerts-describe = Geiriau: { $words }; math: { $kind }; rôl: { $role }; gwasanaeth: { $service }; rhanbarth: { $region }
apply-title = Gwneud cais
apply-intro = Mae eich cais yn mynd at un o reolwyr eich cyngor i'w gymeradwyo cyn y gall y prynwr ei weld. Gallwch ei newid neu ei dynnu'n ôl tan { $closes }.
apply-evidence-hint = Rhowch un enghraifft ar gyfer pob un: y sefyllfa, yr hyn a wnaethoch a'r canlyniadau. { $max } gair ar y mwyaf ar gyfer pob un.
apply-nice-hint = Dewisol: gadewch yn wag unrhyw rai nad ydynt gennych.
apply-terms = Cyfradd a dechrau
apply-rate = Eich cyfradd yr awr (£)
apply-rate-hint = { $max } ar y mwyaf
apply-earliest-start = Dechrau cynharaf
apply-team-title = Gwneud cais fel tîm
apply-as-team = Mae ein cyngor yn cynnig tîm
apply-team-hint = Rhowch yr oriau y byddai pob cydweithiwr yn eu gweithio; gadewch y lleill yn wag.
apply-team-hours = Oriau i { $name }
apply-send = Anfon y cais
application-title = Cais: { $title }
application-done-submitted = Anfonwyd eich cais at eich rheolwr
application-done-approve = Rydych wedi cymeradwyo'r cais: bydd y prynwr yn ei weld ar ôl y dyddiad cau
application-done-decline = Rydych wedi gwrthod y cais
application-done-withdraw = Mae'r cais wedi'i dynnu'n ôl
application-waiting-manager = Rhaid i un o reolwyr y cyngor sy'n gwneud cais ei gymeradwyo cyn y gall y prynwr ei weld.
application-declined-reason = Rheswm y rheolwr: { $reason }
application-feedback = Adborth y prynwr: { $feedback }
application-applicant = Ymgeisydd
application-people = Y bobl a gynigir
application-rate = Cyfradd
application-hours = Oriau
application-value = Gwerth ar y gyfradd hon
application-submitted = Anfonwyd
application-decided = Penderfynwyd gan
application-contract = Contract { $reference } ar gyfer { $name }
application-evidence = Tystiolaeth
application-nice-marker = (dymunol)
application-no-evidence = Dim tystiolaeth wedi'i rhoi
application-decide-title = Cymeradwyo'r cais hwn
application-decide-hint = Mae cymeradwyo'n ymrwymo amser yr ymarferwyr os bydd y prynwr yn ei ddyfarnu.
application-approve = Cymeradwyo
application-decline-reason = Y rheswm dros wrthod
application-decline = Gwrthod
application-edit = Newid eich cais
application-withdraw = Tynnu'r cais yn ôl
application-score-link = Sgorio'r cais hwn
applications-title = Ceisiadau
applications-to-approve = Yn aros am eich cymeradwyaeth
applications-yours = Eich ceisiadau
applications-none = Nid ydych wedi gwneud cais am unrhyw gyfleoedd.
evaluate-title = Gwerthuso ceisiadau
evaluate-weights = Pwysoliad: technegol { $technical }%, addasrwydd diwylliannol { $cultural }%, pris { $price }%.
evaluate-after-closing = Gallwch werthuso ar ôl iddo gau, { $closes }.
evaluate-ranking = Trefn yn ôl sgôr wedi'i phwysoli
evaluate-rank = Safle
evaluate-applicant = Ymgeisydd
evaluate-technical = Technegol
evaluate-cultural = Addasrwydd diwylliannol
evaluate-price = Pris
evaluate-total = Cyfanswm
evaluate-choose = Dyfarnu
evaluate-shortlisted = Ar y rhestr fer
evaluate-not-scored = Heb ei sgorio'n llawn
evaluate-score = Sgorio
evaluate-award-to = Dyfarnu i { $name }
evaluate-award-hint-specialist = Dewiswch un ymgeisydd i ddyfarnu iddo.
evaluate-award-hint-outcome = Dewiswch un neu ragor o ymgeiswyr i ddyfarnu iddynt.
evaluate-award = Dyfarnu
evaluate-awarded = Wedi'i ddyfarnu i { $councils }.
evaluate-none = Does dim ceisiadau wedi'u cymeradwyo i'w gwerthuso.
evaluate-no-award-title = Gorffen heb ddyfarniad
evaluate-reason = Rheswm
evaluate-reason-hint = Caiff ei ddangos ar dudalen y cyfle a'i anfon at yr ymgeiswyr.
evaluate-unsuccessful = Dim ymgeisydd addas
evaluate-cancel = Canslo'r cyfle
percent = { $value }%
score-title = Sgorio { $name }
score-intro = { $council }, ar { $rate } yr awr.
score-essential = Hanfodol
score-nice = Dymunol
score-legend = Sgôr
score-0 = 0 – dim tystiolaeth
score-1 = 1 – yn bodloni'n rhannol
score-2 = 2 – yn bodloni
score-3 = 3 – yn rhagori
score-cultural = Addasrwydd diwylliannol
score-notes = Eich nodiadau
score-notes-hint = Dim ond eich cyngor chi sy'n gweld y rhain.
score-feedback = Adborth i'r ymgeisydd
score-feedback-hint = Caiff ei anfon at yr ymgeisydd os nad yw'n llwyddiannus.
score-shortlist = Rhoi'r ymgeisydd hwn ar y rhestr fer
score-save = Cadw'r sgoriau
error-alert-frequency = Dewiswch pa mor aml
error-applications-closed = Mae ceisiadau wedi cau ar gyfer y cyfle hwn
error-apply-not-listed = Mae angen proffil wedi'i restru yn y gronfa dalent arnoch i wneud cais
error-award-none = Dewiswch i bwy i ddyfarnu
error-award-one-only = Caiff cyfle arbenigwr ei ddyfarnu i un ymgeisydd
error-award-not-approved = Dim ond ceisiadau wedi'u cymeradwyo y gallwch ddyfarnu iddynt
error-change-kind = Dewiswch beth rydych yn ei newid
error-closing-not-later = Rhaid i'r amser cau newydd fod yn ddiweddarach na'r un presennol
error-closing-past = Rhaid i'r amser cau fod yn y dyfodol
error-criteria-required = Rhowch o leiaf 1 sgil neu brofiad hanfodol
error-criteria-too-many = Gallwch ychwanegu hyd at 20
error-criterion-too-long = Rhaid i bob un fod yn 300 nod neu lai
error-criterion-too-many-words = Rhaid i bob un fod yn 30 gair neu lai
error-cultural-weight = Rhaid i'r addasrwydd diwylliannol fod rhwng 5 a 20
error-estimated-hours-range = Rhowch 2,000 awr ar y mwyaf
error-evaluate-count = Rhowch rif rhwng 3 a 15
error-evaluate-when-closed = Gallwch sgorio ceisiadau ar ôl i'r cyfle gau, nes i chi gofnodi'r canlyniad
error-evidence-required = Rhowch eich tystiolaeth ar gyfer y sgil neu'r profiad hanfodol hwn
error-invited-none = Enwch o leiaf un cyngor i'w wahodd
error-invited-unknown = Nid yw un o'r cynghorau a enwyd gennych yn hysbys: defnyddiwch ei god, fel LDS, neu ei enw llawn
error-max-rate-required = Rhowch uchafswm cyfradd yr awr
error-no-legal-basis = Does dim sail gyfreithiol i'w rhoi yn y contract: gofynnwch i weinyddwr y platfform ychwanegu un
error-number-required = Rhowch rif
error-opportunity-audience = Dewiswch pa gynghorau all wneud cais
error-opportunity-closed = Mae'r cyfle wedi cau
error-opportunity-draft = Mae'r cyfle yn dal yn ddrafft
error-opportunity-ended = Mae'r cyfle wedi dod i ben
error-opportunity-kind = Dewiswch arbenigwr neu ganlyniad
error-opportunity-live = Mae'r cyfle yn dal ar agor
error-opportunity-not-draft = Mae'r cyfle wedi'i gyhoeddi: newidiwch ef o'i dudalen
error-opportunity-not-live = Dim ond cyfle agored y gellir ei newid
error-opportunity-role-required = Dewiswch y rôl sydd ei hangen arnoch
error-opportunity-band = Dewiswch lefel o'r rhestr
error-opportunity-band-without-role = Dewiswch rôl er mwyn gofyn am lefel ohoni
error-opportunity-visibility = Dewiswch pwy all ei ddarllen
error-price-weight = Rhaid i'r pris fod rhwng 20 ac 85
error-question-answered = Mae'r cwestiwn hwnnw eisoes wedi cael ei ateb
error-questions-after-closing = Rhaid i'r diwrnod olaf ar gyfer cwestiynau fod cyn yr amser cau
error-questions-closed = Mae cwestiynau wedi cau ar gyfer y cyfle hwn
error-questions-deadline-past = Rhaid i'r diwrnod olaf ar gyfer cwestiynau fod yn y dyfodol
error-rate-above-maximum = Ni all eich cyfradd fod yn fwy na'r uchafswm
error-rate-required = Rhowch eich cyfradd yr awr
error-region-required-on-site = Dewiswch ranbarth ar gyfer gwaith ar y safle
error-role = Dewiswch rôl o'r rhestr
error-score = Dewiswch sgôr o 0 i 3
error-section = Nid yw'r adran honno'n hysbys
error-section-incomplete = Cwblhewch yr adran hon
error-team-empty = Rhowch oriau i o leiaf un cydweithiwr
error-team-member = Rhaid i bob cydweithiwr fod â phroffil wedi'i restru yn eich cyngor
error-team-duplicate = Enwch bob cydweithiwr unwaith
error-team-hours-range = Rhowch o 0.25 i 2,000 awr i bob cydweithiwr
error-team-outcome-only = Dim ond ar gyfer canlyniad y gall tîm wneud cais
error-technical-weight = Rhaid i'r cymhwysedd technegol fod rhwng 10 a 75
error-time-format = Rhowch amser fel 12:00 (cloc 24 awr)
error-time-required = Rhowch amser
error-timing-passed = Mae'r dyddiad olaf ar gyfer cwestiynau neu'r amser cau wedi mynd heibio: gosodwch nhw eto
error-too-many-words = Mae gormod o eiriau yn hyn
error-weights-total = Rhaid i'r tri phwysoliad adio i 100
notify-opportunity-alert = Cyfle newydd gan { $council }: { $title }
notify-opportunity-alert-subject = Cyfle newydd: { $title }
notify-opportunity-alert-email = Helo,

    Mae { $council } wedi cyhoeddi cyfle sy'n cyfateb i un o'ch chwiliadau wedi'u cadw: { $title }

    { $link }

    Microgontractau
notify-opportunity-invited = Mae { $council } wedi gwahodd eich cyngor i wneud cais am { $title }
notify-opportunity-invited-subject = Mae eich cyngor wedi'i wahodd i wneud cais: { $title }
notify-opportunity-invited-email = Helo,

    Mae { $council } wedi gwahodd eich cyngor i wneud cais am { $title }. Rhowch wybod i gydweithwyr a allai wneud y gwaith:

    { $link }

    Microgontractau
notify-opportunity-question = Cwestiwn newydd am { $title }
notify-opportunity-question-subject = Cwestiwn newydd am { $title }
notify-opportunity-question-email = Helo,

    Mae rhywun wedi gofyn cwestiwn am { $title }. Atebwch ef, fel y gall pawb weld yr ateb:

    { $link }

    Microgontractau
notify-opportunity-answered = Mae eich cwestiwn am { $title } wedi cael ei ateb
notify-opportunity-answered-subject = Mae eich cwestiwn am { $title } wedi cael ei ateb
notify-opportunity-answered-email = Helo,

    Mae'r prynwr wedi ateb eich cwestiwn am { $title }:

    { $link }

    Microgontractau
notify-opportunity-changed = Mae { $title } wedi newid
notify-opportunity-changed-subject = Mae { $title } wedi newid
notify-opportunity-changed-email = Helo,

    Mae'r prynwr wedi newid { $title }, y gwnaethoch gais amdano neu ofyn amdano. Gweld beth sydd wedi newid:

    { $link }

    Microgontractau
notify-opportunity-withdrawn = Tynnwyd { $title } yn ôl
notify-opportunity-withdrawn-subject = Tynnwyd { $title } yn ôl
notify-opportunity-withdrawn-email = Helo,

    Mae'r prynwr wedi tynnu { $title } yn ôl, y gwnaethoch gais amdano neu ofyn amdano. Eu rheswm: { $reason }

    { $link }

    Microgontractau
notify-opportunity-closed = Mae { $title } wedi cau gyda { $count } cais wedi'u cymeradwyo i'w gwerthuso
notify-opportunity-closed-subject = Mae { $title } wedi cau
notify-opportunity-closed-email = Helo,

    Mae { $title } wedi cau. Mae { $count } cais wedi'u cymeradwyo yn barod i chi eu gwerthuso:

    { $link }

    Microgontractau
notify-opportunity-outcome-due = Cofnodwch ganlyniad { $title }
notify-opportunity-outcome-due-subject = Cofnodwch ganlyniad { $title }
notify-opportunity-outcome-due-email = Helo,

    Caeodd { $title } 28 diwrnod yn ôl ac nid oes ganddo ganlyniad eto. Dyfarnwch ef, neu caewch ef fel un aflwyddiannus neu wedi'i ganslo, fel bod yr ymgeiswyr yn gwybod:

    { $link }

    Microgontractau
notify-application-to-approve = Mae angen eich cymeradwyaeth ar gais gan { $name } am { $title }
notify-application-to-approve-subject = Cymeradwyo cais: { $title }
notify-application-to-approve-email = Helo,

    Mae { $name } wedi gwneud cais am { $title }. Dim ond ar ôl i reolwr ei gymeradwyo y mae'r prynwr yn gweld y cais:

    { $link }

    Microgontractau
notify-application-approved = Cymeradwywyd eich cais am { $title }
notify-application-approved-subject = Cymeradwywyd eich cais am { $title }
notify-application-approved-email = Helo,

    Mae eich rheolwr wedi cymeradwyo eich cais am { $title }. Bydd y prynwr yn ei weld ar ôl y dyddiad cau.

    { $link }

    Microgontractau
notify-application-declined = Gwrthodwyd eich cais am { $title }
notify-application-declined-subject = Gwrthodwyd eich cais am { $title }
notify-application-declined-email = Helo,

    Mae eich rheolwr wedi gwrthod eich cais am { $title }. Eu rheswm: { $reason }

    { $link }

    Microgontractau
notify-application-awarded = Mae { $council } wedi dyfarnu { $title } i chi
notify-application-awarded-subject = Dyfarnwyd { $title } i chi
notify-application-awarded-email = Helo,

    Mae { $council } wedi dyfarnu { $title } i'ch cais. Mae contract wedi'i gynnig i'r ddau gyngor ei dderbyn:

    { $link }

    Microgontractau
notify-application-unsuccessful = Nid oedd eich cais am { $title } yn llwyddiannus
notify-application-unsuccessful-subject = Nid oedd eich cais am { $title } yn llwyddiannus
notify-application-unsuccessful-email = Helo,

    Nid oedd eich cais am { $title } yn llwyddiannus. Adborth y prynwr: { $feedback }

    { $link }

    Microgontractau
notify-contract-to-accept-supplier = Mae { $council } wedi dyfarnu { $title } i'ch cyngor: derbyniwch y contract
notify-contract-to-accept-supplier-subject = Derbyn y contract ar gyfer { $title }
notify-contract-to-accept-supplier-email = Helo,

    Mae { $council } wedi dyfarnu { $title } i'ch cyngor. Mae contract wedi'i gynnig i chi ei dderbyn:

    { $link }

    Microgontractau
audit-action-opportunity-drafted = Wedi dechrau cyfle
audit-action-opportunity-copied = Wedi copïo cyfle
audit-action-opportunity-section-saved = Wedi cadw adran o gyfle
audit-action-opportunity-published = Wedi cyhoeddi cyfle
audit-action-opportunity-withdrawn = Wedi tynnu cyfle yn ôl
audit-action-opportunity-changed = Wedi newid cyfle a gyhoeddwyd
audit-action-opportunity-closed = Caeodd cyfle
audit-action-opportunity-answered = Wedi ateb cwestiwn
audit-action-opportunity-awarded = Wedi dyfarnu cyfle
audit-action-opportunity-ended = Wedi dod â chyfle i ben heb ddyfarniad
audit-action-application-submitted = Wedi gwneud cais am gyfle
audit-action-application-withdrawn = Wedi tynnu cais yn ôl
audit-action-application-approved = Wedi cymeradwyo cais
audit-action-application-declined = Wedi gwrthod cais
audit-action-application-scored = Wedi sgorio cais
audit-action-saved-search-created = Wedi cadw chwiliad
notify-opportunity-digest = Mae { $count } cyfle newydd yn cyfateb i'ch chwiliad { $name }
notify-opportunity-digest-subject = Cyfleoedd newydd sy'n cyfateb i { $name }
notify-opportunity-digest-email = Helo,

    Cafodd y cyfleoedd hyn eu cyhoeddi yn ystod y diwrnod diwethaf ac maent yn cyfateb i'ch chwiliad wedi'i gadw { $name }:

    { $titles }

    Pob un ohonynt: { $link }

    Microgontractau
scope-opportunities-read = Darllen drafftiau cyfleoedd, ceisiadau a gwerthusiadau eich cyngor
scope-opportunities-write = Gofyn cwestiynau, gwneud cais, cymeradwyo ceisiadau a dyfarnu cyfleoedd
work-applications-link = Ceisiadau am gyfleoedd: eich rhai chi, a'r rhai sy'n aros am eich cymeradwyaeth

## Amser (SPEC §4.6)
nav-timesheet = Taflen amser
timesheet-title = Eich amser ar gyfer wythnos { $date }
timesheet-weeks = Wythnosau eraill
timesheet-previous = Yr wythnos flaenorol
timesheet-next = Yr wythnos nesaf
timesheet-intro = Cofnodwch amser mewn chwarteri awr, er enghraifft 1.5, gydag ychydig eiriau am y gwaith. Cadwch wrth fynd; cyflwynwch yr wythnos pan fydd wedi'i gorffen a gofynnir i'r cyngor prynu ei chymeradwyo. Ni ellir newid amser sydd wedi'i gymeradwyo.
timesheet-row-total = { $hours } awr wedi'u cofnodi yr wythnos hon
timesheet-day = Diwrnod
timesheet-hours = Oriau
timesheet-description = Yr hyn a wnaethoch
timesheet-status = Statws
timesheet-hours-on = Oriau ar { $day }
timesheet-description-on = Yr hyn a wnaethoch ar { $day }
timesheet-outside-contract = Y tu allan i ddyddiadau'r contract
timesheet-query = Wedi'i holi: { $comment }
timesheet-submit = Cyflwyno'r wythnos
timesheet-save = Cadw fel drafft
timesheet-none = Does gennych chi ddim contractau gweithredol yn yr wythnos hon.
timesheet-done-saved = Mae eich amser wedi'i gadw fel drafft
timesheet-done-submitted = Mae eich wythnos wedi'i chyflwyno: gofynnwyd i'r cyngor prynu ei chymeradwyo
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul
time-status-draft = Drafft
time-status-submitted = Yn aros am gymeradwyaeth
time-status-approved = Wedi'i gymeradwyo
time-status-queried = Wedi'i holi
contract-time-link = Amser wedi'i gofnodi
contract-time-title = Amser ar gontract { $reference }
contract-time-summary = Mae gan { $practitioner } { $approved } awr wedi'u cymeradwyo a { $used } awr wedi'u cyflwyno neu eu cymeradwyo; mae { $remaining } awr yn weddill o dan uchafswm y contract.
contract-time-entries = Amser wedi'i gofnodi
contract-time-choose = Dewis
contract-time-choose-day = Dewis { $day }
contract-time-deemed = (cymeradwyaeth dybiedig)
contract-time-approve = Cymeradwyo'r amser a ddewiswyd
contract-time-query-comment = Beth sydd angen ei newid (i holi'r amser a ddewiswyd)
contract-time-query-hint = Caiff ei anfon at yr ymarferydd, sy'n cywiro'r amser ac yn ei gyflwyno eto.
contract-time-query = Holi'r amser a ddewiswyd
contract-time-none = Does dim amser wedi'i gofnodi ar y contract hwn eto.
contract-time-done-approved = Mae'r amser a ddewiswyd wedi'i gymeradwyo
contract-time-done-queried = Mae'r amser a ddewiswyd wedi'i anfon yn ôl at yr ymarferydd
error-day-hours-range = Rhowch 12 awr ar y mwyaf mewn diwrnod
error-time-description-required = Dywedwch mewn ychydig eiriau beth a wnaethoch
error-time-description-too-long = Cadwch ef i 200 nod
error-time-over-cap = Mae gan { $reference } { $hours } awr ar ôl o dan ei uchafswm. Cyflwynwch lai o oriau, neu gofynnwch i'r cyngor prynu am amrywiad sy'n ychwanegu oriau.
error-time-settled = Mae amser ar { $dates } ar { $reference } wedi'i gyflwyno neu ei gymeradwyo, felly ni ellir ei newid yma. Gofynnwch i'r prynwr ei holi os yw'n anghywir.
error-time-outside-dates = Mae { $date } y tu allan i ddyddiadau { $reference }. Cofnodwch amser dim ond ar ddiwrnodau y mae'r contract yn eu cwmpasu, neu gofynnwch am amrywiad â dyddiad gorffen diweddarach.
error-time-credit-limit = Byddai cymeradwyo hyn yn mynd â { $council } o dan ei derfyn credyd awr: gall dalu am { $hours } awr arall nawr. Gofynnwch i weinyddwr y platfform godi'r terfyn, neu cymeradwywch lai.
error-time-contract-not-active = Dim ond ar gontract gweithredol y gellir cyflwyno amser
error-time-choose = Dewiswch yr amser i'w gymeradwyo neu ei holi
error-query-required = Dywedwch beth sydd angen ei newid
error-query-too-long = Cadwch y sylw i 500 nod
error-deemed-days = Rhowch nifer o ddiwrnodau gwaith o 1 i 30, neu gadewch yn wag
notify-time-to-approve = Mae { $name } wedi cyflwyno { $hours } awr ar { $reference } i chi eu cymeradwyo
notify-time-to-approve-subject = Amser i'w gymeradwyo ar { $reference }
notify-time-to-approve-email = Helo,

    Mae { $name } wedi cyflwyno { $hours } awr ar gontract { $reference }. Cymeradwywch neu holwch yr amser:

    { $link }

    Microgontractau
notify-time-approved = Cymeradwywyd { $hours } awr ar { $reference }
notify-time-approved-subject = Cymeradwywyd eich amser ar { $reference }
notify-time-approved-email = Helo,

    Cymeradwywyd { $hours } awr o'ch amser ar gontract { $reference }.

    { $link }

    Microgontractau
notify-time-queried = Holwyd { $hours } awr ar { $reference }: { $comment }
notify-time-queried-subject = Holwyd eich amser ar { $reference }
notify-time-queried-email = Helo,

    Mae'r cyngor prynu wedi holi { $hours } awr o'ch amser ar gontract { $reference }: { $comment }

    Cywirwch yr amser a chyflwynwch yr wythnos eto:

    { $link }

    Microgontractau
audit-action-time-submitted = Wedi cyflwyno amser
audit-action-time-approved = Wedi cymeradwyo amser
audit-action-time-queried = Wedi holi amser
agreement-done-time = Mae eich gosodiadau amser wedi cael eu cadw.
time-settings-title = Amser ar gontractau rydych yn eu prynu
time-settings-deemed = Cymeradwyo amser a gyflwynwyd yn awtomatig ar ôl hyn o ddiwrnodau gwaith
time-settings-deemed-hint = O 1 i 30 diwrnod gwaith ar ôl y diwrnod y caiff ei gyflwyno, heb gyfrif penwythnosau na gwyliau banc eich cyngor; gadewch yn wag i beidio byth. Gall eich prynwyr holi amser cyn hynny o hyd.
audit-action-time-settings-changed = Wedi newid gosodiadau amser
credit-limit-title = Terfyn credyd awr
credit-limit-label = Oriau o gredyd y caiff y cyngor eu hawlio
credit-limit-hint = Gwrthodir cymeradwyo amser credyd awr a fyddai'n mynd â balans y cyngor o dan minws hyn o oriau.
credit-limit-balance = Y balans nawr: { $hours } awr
credit-limit-done = Mae'r terfyn credyd awr wedi cael ei gadw.
error-credit-limit = Rhowch nifer cyfan o oriau o 0 i 10,000
audit-action-credit-limit-changed = Wedi newid terfyn credyd awr

## Anfonebau (SPEC §4.6)
invoices-title = Anfonebau { $council }
invoices-csv = Llwytho pob anfoneb a nodyn credyd i lawr (CSV)
invoices-generate-title = Anfonebu amser wedi'i gymeradwyo
invoices-month = Mis
invoices-month-hint = Caiff drafftiau eu gwneud ar gyfer pob contract arian ag amser wedi'i gymeradwyo yn y mis nad yw wedi'i anfonebu eto. Gwiriwch nhw, yna anfonwch bob un.
invoices-generate = Gwneud anfonebau drafft
invoices-sent = Anfonebau a anfonwyd gennych
invoices-received = Anfonebau a gawsoch
invoices-none-sent = Nid yw eich cyngor wedi anfon unrhyw anfonebau.
invoices-none-received = Nid yw eich cyngor wedi cael unrhyw anfonebau.
invoices-done-generated = { $count ->
    [0] Nid oedd dim amser wedi'i gymeradwyo heb ei anfonebu yn y mis hwnnw
    [one] Gwnaed 1 anfoneb ddrafft
    [two] Gwnaed 2 anfoneb ddrafft
    [few] Gwnaed 3 anfoneb ddrafft
    [many] Gwnaed 6 anfoneb ddrafft
   *[other] Gwnaed { $count } anfoneb ddrafft
}
invoices-done-discarded = Cafodd y drafft ei daflu a gellir anfonebu ei amser eto
invoice-number = Rhif
invoice-buyer = Cyngor prynu
invoice-supplier = Cyngor cyflenwi
invoice-period = Cyfnod
invoice-total = Cyfanswm
invoice-status = Statws
invoice-due = Yn ddyledus
invoice-overdue = Yn hwyr
invoice-status-draft = Drafft
invoice-draft-label = drafft { $id }
invoice-status-issued = Wedi'i hanfon
invoice-status-paid = Wedi'i thalu
invoice-status-credited = Wedi'i chanslo gan nodyn credyd
invoice-credit-note-marker = (nodyn credyd)
invoice-title-invoice = Anfoneb { $number }
invoice-title-credit_note = Nodyn credyd { $number }
invoice-credited-by = Wedi'i chanslo gan nodyn credyd { $number }
invoice-credits = Yr anfoneb y mae'r nodyn credyd hwn yn ei chanslo
invoice-contract = Contract
invoice-po = Archeb brynu
invoice-issued-on = Anfonwyd
invoice-paid = Talwyd
invoice-paid-detail = { $date }, cyfeirnod { $reference }
invoice-lines = Amser a godwyd
invoice-practitioner = Ymarferydd
invoice-dates = Dyddiadau
invoice-rate = Cyfradd yr awr
invoice-amount = Swm
invoice-net = Net
invoice-vat = TAW ({ $treatment })
invoice-issue = Anfon yr anfoneb
invoice-discard = Taflu'r drafft
invoice-pay-title = Cofnodi taliad
invoice-paid-on = Dyddiad talu
invoice-payment-reference = Cyfeirnod y taliad
invoice-payment-reference-hint = Fel y mae eich system gyllid yn ei ddangos, er enghraifft BACS 4471
invoice-record-payment = Cofnodi'r taliad
invoice-credit-title = Canslo gyda nodyn credyd
invoice-credit-hint = Mae nodyn credyd am y swm cyfan yn canslo'r anfoneb hon; yna gellir anfonebu ei hamser eto. Ni chaiff anfoneb a anfonwyd ei newid byth.
invoice-credit = Anfon nodyn credyd
invoice-done-issue = Mae'r anfoneb wedi'i hanfon ac mae'r cyngor prynu wedi cael gwybod
invoice-done-pay = Mae'r taliad wedi'i gofnodi
invoice-done-credit = Mae'r nodyn credyd wedi'i anfon
error-invoice-draft = Mae'r anfoneb yn dal yn ddrafft
error-invoice-issued = Mae'r anfoneb wedi'i hanfon
error-invoice-paid = Mae'r anfoneb wedi'i thalu
error-invoice-credited = Mae'r anfoneb wedi'i chanslo gan nodyn credyd
error-invoice-credit-note = Ni ellir talu na chredydu nodyn credyd
error-month = Rhowch fis go iawn, fel 11 a 2026
error-month-required = Rhowch y mis a'r flwyddyn
error-month-missing-month = Rhowch y mis fel rhif, fel 11
error-month-missing-year = Rhowch y flwyddyn, fel 2026
error-month-year-digits = Rhaid i'r flwyddyn gynnwys 4 rhif
error-paid-before-issue = Ni all dyddiad y taliad fod cyn i'r anfoneb gael ei hanfon
error-payment-reference-required = Rhowch gyfeirnod y taliad
error-payment-reference-too-long = Cadwch y cyfeirnod i 100 nod
income-link = Incwm a gwariant
notify-invoice-issued = Mae { $council } wedi anfon anfoneb { $number } am { $total }, yn ddyledus { $due }
notify-invoice-issued-subject = Anfoneb { $number } gan { $council }
notify-invoice-issued-email = Helo,

    Mae { $council } wedi anfon anfoneb { $number } am { $total }, yn ddyledus ar { $due }:

    { $link }

    Microgontractau
notify-invoice-overdue = Roedd anfoneb { $number } gan { $council } am { $total } yn ddyledus ar { $due }
notify-invoice-overdue-subject = Yn hwyr: anfoneb { $number } gan { $council }
notify-invoice-overdue-email = Helo,

    Roedd anfoneb { $number } gan { $council } am { $total } yn ddyledus ar { $due } ac nid yw wedi'i chofnodi fel un wedi'i thalu. Talwch hi, neu cofnodwch y taliad os ydych wedi gwneud hynny:

    { $link }

    Microgontractau
notify-credit-note = Mae { $council } wedi canslo anfoneb gyda nodyn credyd { $number } am { $total }
notify-credit-note-subject = Nodyn credyd { $number } gan { $council }
notify-credit-note-email = Helo,

    Mae { $council } wedi anfon nodyn credyd { $number } am { $total }, sy'n canslo anfoneb:

    { $link }

    Microgontractau
audit-action-invoice-drafted = Wedi drafftio anfoneb
audit-action-invoice-issued = Wedi anfon anfoneb
audit-action-invoice-discarded = Wedi taflu anfoneb ddrafft
audit-action-invoice-paid = Wedi cofnodi taliad
audit-action-invoice-credited = Wedi canslo anfoneb gyda nodyn credyd

## Incwm (SPEC §4.6)
income-title = { $council }: incwm a gwariant
income-intro = Amser wedi'i gymeradwyo yn ystod y deuddeg mis diwethaf, yn ôl y mis y gwnaed y gwaith. Incwm yw'r hyn a enillodd rhoi benthyg eich pobl ar gontractau arian; gwariant yw'r hyn a brynodd eich cyngor; mae oriau'n cyfrif contractau arian a chontractau credyd awr.
income-income = Incwm
income-spend = Gwariant
income-net = Net
income-given = Oriau a roddwyd
income-received = Oriau a gafwyd
income-credits = Credydau awr
income-credits-value = { $earned } wedi'u hennill, { $spent } wedi'u gwario
income-csv = Llwytho'r ffigurau hyn i lawr (CSV)
income-invoices = Anfonebau
income-by-month = Yn ôl mis
income-by-service = Yn ôl gwasanaeth
income-by-role = Yn ôl rôl
income-month = Mis
income-service = Gwasanaeth
income-role = Rôl
income-nothing = Dim byd eto
income-none-service = Dim gwasanaeth penodol
income-no-role = Dim rôl wedi'i chofnodi
income-money-chart = Incwm a gwariant yn ôl mis
income-money-chart-desc = Barrau ar gyfer pob un o'r deuddeg mis diwethaf: incwm mewn glas, gwariant mewn oren. Mae'r tabl wrth ei ochr yn rhoi'r ffigurau.
income-hours-chart = Oriau a roddwyd ac a gafwyd yn ôl mis
income-hours-chart-desc = Barrau ar gyfer pob un o'r deuddeg mis diwethaf: oriau a roddwyd mewn glas, oriau a gafwyd mewn oren. Mae'r tabl wrth ei ochr yn rhoi'r ffigurau.
income-service-chart = Oriau yn ôl gwasanaeth
income-service-chart-desc = Oriau a roddwyd ac a gafwyd ar gyfer y deg gwasanaeth â'r mwyaf; mae'r tabl wrth ei ochr yn rhoi pob gwasanaeth.
income-role-chart = Oriau yn ôl rôl
income-role-chart-desc = Oriau a roddwyd ac a gafwyd yn ôl rôl yr ymarferydd; mae'r tabl wrth ei ochr yn rhoi'r ffigurau.
payroll-title = Allforio'r gyflogres
payroll-month = Cyfnod tâl (mis)
payroll-hint = Yr oriau wedi'u cymeradwyo a weithiodd pob un o'ch ymarferwyr ar ficrogontractau, fel y gallwch eu talu amdanynt.
payroll-download = Llwytho CSV y gyflogres i lawr
spend-title = Data gwariant i'w gyhoeddi
spend-hint = Yr hyn a wariodd eich cyngor ar ficrogontractau, un llinell i bob anfoneb, yng nghynllun Cod Tryloywder Llywodraeth Leol 2015: rhaid i gynghorau yn Lloegr gyhoeddi gwariant dros £500 ynddo, ac mae cynghorau yng Nghymru, yr Alban a Gogledd Iwerddon yn ei ddefnyddio i gyhoeddi eu gwariant hwy.
spend-from = O
spend-to = I
spend-download = Llwytho CSV gwariant i lawr
spend-expense-type = Gwasanaethau proffesiynol: digidol (cyngor i gyngor)
feedback-link = Adborth
feedback-title = Adborth ar gontract { $reference }
feedback-after-completion = Gall pob cyngor adael adborth unwaith y bydd y contract wedi'i gwblhau.
feedback-from-buyer = Sgôr y cyngor prynu: { $rating } allan o 5
feedback-from-supplier = Sgôr y cyngor cyflenwi: { $rating } allan o 5
feedback-give-buyer = Eich adborth ar yr ymarferydd a'r cyngor cyflenwi
feedback-give-supplier = Eich adborth ar y cyngor prynu
feedback-rating = Sgôr
feedback-stars = { $rating } allan o 5
feedback-comment = Sylw
feedback-send = Anfon adborth
feedback-done = Diolch: mae eich adborth wedi'i gofnodi
profile-rating-heading = Sgôr gan gynghorau prynu
profile-not-rated = Dim sgôr eto: mae cynghorau prynu'n rhoi sgôr i gontractau wedi'u cwblhau
profile-rating = Sgôr o { $rating } allan o 5 gan gynghorau prynu ({ $count ->
    [zero] dim contractau
    [one] 1 contract
    [two] 2 gontract
    [few] 3 chontract
    [many] 6 chontract
   *[other] { $count } contract
})
error-rating = Dewiswch sgôr o 1 i 5
error-feedback-comment-required = Ysgrifennwch sylw byr
error-feedback-comment-too-long = Cadwch y sylw i 1,000 nod
error-feedback-not-completed = Gellir gadael adborth unwaith y bydd y contract wedi'i gwblhau
error-feedback-given = Mae eich cyngor eisoes wedi gadael adborth ar y contract hwn
audit-action-contract-feedback = Wedi gadael adborth ar gontract
scope-invoices-read = Darllen anfonebau, incwm a balansau eich cyngor
scope-invoices-write = Gwneud, anfon, credydu a thalu anfonebau

## Map galluoedd (SPEC §4.7)
error-component-kind = Dewiswch pa fath o gydran yw hi
error-provision = Dewiswch sut y darperir y gydran
error-cost-band = Dewiswch y gost flynyddol o'r rhestr
error-map-contract-only-bought = Rhowch ddyddiad gorffen contract dim ond ar gyfer cydran rydych yn ei phrynu
error-map-cost-only-bought = Dewiswch gost flynyddol dim ond ar gyfer cydran rydych yn ei phrynu
error-map-satisfaction = Dewiswch pa mor fodlon ydych chi, o 1 i 5
error-map-note-too-long = Rhaid i'r nodyn fod yn 2,000 nod neu lai
error-map-meets = Dewiswch beth sy'n diwallu'r gallu hwn
error-map-component = Dewiswch y gydran rydych yn ei defnyddio
error-map-component-unknown = Dewiswch gydran o'r rhestr
error-map-capability-unknown = Dewiswch alluoedd o'r rhestr

## Map galluoedd: newidiadau ac adolygiadau
audit-action-map-capabilities-chosen = Wedi dewis galluoedd gwasanaeth ar y map galluoedd
audit-action-map-entry-saved = Wedi cofnodi beth sy'n diwallu gallu ar y map galluoedd
audit-action-component-proposed = Wedi cynnig cydran ar gyfer rhestr y platfform
audit-action-component-listed = Wedi rhestru cydran
audit-action-component-declined = Wedi gwrthod cydran a gynigiwyd
error-component-name = Rhowch enw'r gydran
error-component-name-too-long = Rhaid i'r enw fod yn 120 nod neu lai
error-component-name-taken = Mae cydran â'r enw hwnnw eisoes ar y rhestr neu'n aros am adolygiad
error-component-supplier-too-long = Rhaid i'r cyflenwr fod yn 120 nod neu lai
error-component-licence = Rhowch y drwydded ffynhonnell agored, er enghraifft GPL-2.0-or-later
error-component-licence-too-long = Rhaid i'r drwydded fod yn 60 nod neu lai
error-component-link = Rhowch gyfeiriad gwe sy'n dechrau gyda https:// neu http://
error-component-description-too-long = Rhaid i'r disgrifiad fod yn 1,000 nod neu lai
error-component-not-proposed = Mae'r gydran hon eisoes wedi cael ei hadolygu
notify-component-listed = Mae { $component } ar y rhestr o gydrannau nawr
notify-component-listed-subject = Mae { $component } ar restr cydrannau Microgontractau
notify-component-listed-email = Helo,

    Mae gweinyddwr y platfform wedi rhestru'r gydran a gynigiwyd gennych, { $component }. Gall pob cyngor ei chofnodi ar eu map galluoedd nawr:

    { $link }

    Microgontractau
notify-component-declined = Ni ychwanegwyd { $component } at y rhestr o gydrannau
notify-component-declined-subject = Ni ychwanegwyd { $component } at restr cydrannau Microgontractau
notify-component-declined-email = Helo,

    Mae gweinyddwr y platfform wedi gwrthod y gydran a gynigiwyd gennych, { $component }. Efallai ei bod eisoes ar y rhestr o dan enw arall. Gallwch ei gweld yma:

    { $link }

    Microgontractau

## Tudalennau'r map galluoedd
nav-maps = Map galluoedd
home-council-map = Map galluoedd
maps-title = Map galluoedd
maps-intro = Mae cynghorau'n cofnodi'r galluoedd sydd eu hangen ar bob un o'u gwasanaethau – trefnu apwyntiad, cymryd taliad, gwirio cymhwysedd – a beth sy'n diwallu pob un. Dewch o hyd i wasanaeth i weld sut mae cynghorau'n ei redeg, a ble y gallent rannu.
maps-find-service = Dod o hyd i wasanaeth
maps-show-service = Dangos y gwasanaeth
maps-more = Rhagor ar y map galluoedd
maps-components = Cydrannau y mae cynghorau'n eu defnyddio
map-council-title = Map galluoedd { $council }
map-council-intro = Y gwasanaethau y mae'r cyngor hwn wedi'u mapio, gyda'r galluoedd sydd eu hangen ar bob un a'r cydrannau sy'n eu diwallu. Gall pob cyngor weld y map hwn; dim ond i bobl y cyngor ei hun y dangosir costau a nodiadau a farciwyd yn breifat.
map-choose-service = Mapio gwasanaeth
map-choose-service-hint = Teipiwch eiriau o enw'r gwasanaeth, er enghraifft missed bin collection. Mae gwasanaethau swyddfa gefn fel y gyflogres wedi'u cynnwys.
map-start-service = Parhau
map-council-services = Gwasanaethau wedi'u mapio
map-council-none = Nid yw { $council } wedi mapio unrhyw wasanaethau eto.
map-all-councils = Gweld sut mae cynghorau eraill yn rhedeg eu gwasanaethau
map-service = Gwasanaeth
map-capabilities-count = Galluoedd
map-last-changed = Newidiwyd ddiwethaf
map-service-title = { $service } yn { $council }
map-back-council = Yn ôl i fap { $council }
map-saved-capabilities = Mae galluoedd y gwasanaeth hwn wedi'u cadw
map-saved-entry = Wedi'i gadw
map-change-capabilities = Dewis y galluoedd sydd eu hangen ar y gwasanaeth hwn
map-change = Newid
map-service-none = Does dim galluoedd wedi'u cofnodi ar gyfer y gwasanaeth hwn eto.
map-see-other-councils = Sut mae cynghorau eraill yn rhedeg { $service }
map-provision-bought = Wedi'i phrynu
map-provision-built_in_house = Wedi'i hadeiladu'n fewnol
map-provision-shared_with_council = Wedi'i rhannu â chyngor arall
map-provision-open_source = Ffynhonnell agored
map-meets-component = Cydran
map-meets-nothing = Dim byd eto
map-meets-manual = Proses â llaw neu ar bapur
map-contract-ends-on = Mae'r contract yn dod i ben { $date }
map-cost-band-under_10k = Llai na £10,000
map-cost-band-10k_to_50k = £10,000 i £49,999
map-cost-band-50k_to_250k = £50,000 i £249,999
map-cost-band-250k_or_more = £250,000 neu fwy
map-a-year = y flwyddyn
map-satisfaction-shown = Bodlonrwydd: { $score } allan o 5
map-private-shown = Dim ond i bobl y cyngor hwn y dangosir y gost a'r nodyn.
map-capabilities-title = Beth sydd ei angen ar { $service }?
map-capabilities-first = Ticiwch bob gallu sydd ei angen ar y gwasanaeth. Mae'r rhai sydd fel arfer yn rhan o'r gwasanaeth hwn, o Fodel Busnes Llywodraeth Leol, wedi'u ticio i ddechrau.
map-capabilities-change = Ticiwch bob gallu sydd ei angen ar y gwasanaeth. Dad-diciwch un i'w dynnu oddi ar y map; caiff yr hyn a gofnodwyd ar ei gyfer ei gadw yn hanes y map.
map-interactions = Sut mae trigolion a busnesau'n ymwneud â'r gwasanaeth
map-technical = Galluoedd technegol
map-usually-involved = Fel arfer yn rhan o'r gwasanaeth hwn
map-entry-title = Beth sy'n diwallu “{ $capability }”?
map-meets-choice-component = Cydran (cynnyrch, meddalwedd ffynhonnell agored, gwasanaeth a rennir neu rywbeth a adeiladwyd yn fewnol)
map-meets-choice-manual = Proses â llaw neu ar bapur
map-meets-choice-nothing = Dim byd eto
map-component = Cydran
map-component-hint = Dewiswch o restr cydrannau'r platfform. Os nad yw yno, gofynnwch i weinyddwr eich cyngor ei chynnig.
map-component-hint-propose = Dewiswch o restr cydrannau'r platfform. Os nad yw yno:
map-propose-component = Cynnig cydran ar gyfer y rhestr
map-component-choose = Dewiswch gydran
map-component-proposed = { $name } (yn aros am adolygiad)
map-provision = Sut mae eich cyngor yn dod i'w defnyddio?
map-contract-ends = Pryd mae'r contract yn dod i ben? (dewisol)
map-contract-ends-hint = Dim ond ar gyfer cydran rydych yn ei phrynu. Er enghraifft, 31 3 2028
map-cost-band = Beth yw ei chost y flwyddyn? (dewisol)
map-cost-band-hint = Dim ond ar gyfer cydran rydych yn ei phrynu. Band, nid yr union ffigur.
map-cost-band-none = Heb ei roi
map-satisfaction = Pa mor fodlon ydych chi â hi? (dewisol)
map-satisfaction-hint = O 1 (gwael iawn) i 5 (da iawn).
map-satisfaction-1 = 1 – gwael iawn
map-satisfaction-2 = 2 – gwael
map-satisfaction-3 = 3 – digonol
map-satisfaction-4 = 4 – da
map-satisfaction-5 = 5 – da iawn
map-note = Nodyn (dewisol)
map-note-hint = Er enghraifft, beth sy'n gweithio'n dda neu beth y byddech yn ei newid. Hyd at 2,000 nod.
map-private = Cadw'r gost a'r nodyn i'n cyngor ni
map-private-hint = Bydd cynghorau eraill yn gweld beth sy'n diwallu'r gallu hwn, ond nid y gost na'r nodyn. Mae pobl { $council } yn gweld popeth.
map-usage-title = { $service } ar draws cynghorau
map-usage-councils = { $count ->
    [zero] Does dim cyngor wedi mapio'r gwasanaeth hwn.
    [one] Mae 1 cyngor wedi mapio'r gwasanaeth hwn.
    [two] Mae 2 gyngor wedi mapio'r gwasanaeth hwn.
    [few] Mae 3 chyngor wedi mapio'r gwasanaeth hwn.
    [many] Mae 6 chyngor wedi mapio'r gwasanaeth hwn.
   *[other] Mae { $count } cyngor wedi mapio'r gwasanaeth hwn.
}
map-usage-by-capability = Beth sy'n diwallu pob gallu
map-capability = Gallu
map-met-by = Wedi'i ddiwallu gan
map-councils = Cynghorau
map-council = Cyngor
map-usage-who = Cynghorau sydd wedi'i fapio
map-usage-none = Does dim cyngor wedi mapio'r gwasanaeth hwn eto.
map-history-link = Gweld pob newid i fap y gwasanaeth hwn
map-history-title = Newidiadau i { $service } yn { $council }
map-history-intro = Pob fersiwn a gadwyd o bob gallu yn y gwasanaeth hwn, y mwyaf newydd yn gyntaf, gan gynnwys galluoedd a dynnwyd oddi ar y map.
map-history-when = Pryd
map-history-who = Cadwyd gan
map-history-capability = Gallu
map-history-recorded = Yr hyn a gofnodwyd
map-history-version = Fersiwn { $version }
map-history-removed = Wedi'i dynnu oddi ar y map
map-history-by-council = Rhywun yn { $council }
map-history-none = Does dim wedi'i gofnodi ar gyfer y gwasanaeth hwn eto.
map-history-older = Newidiadau hŷn
map-history-newest = Yn ôl i'r newidiadau mwyaf newydd
map-back-service = Yn ôl i { $service } yn { $council }
components-intro = Y cynhyrchion, y feddalwedd ffynhonnell agored, y gwasanaethau cyhoeddus a rennir a'r systemau mewnol y mae cynghorau'n eu cofnodi ar eu mapiau galluoedd.
components-none = Does dim cydrannau wedi'u rhestru eto.
component-name = Enw
component-kind = Math
component-kind-product = Cynnyrch
component-kind-open_source = Ffynhonnell agored
component-kind-shared_public_service = Gwasanaeth cyhoeddus a rennir
component-kind-in_house = Wedi'i hadeiladu'n fewnol
component-supplier = Cyflenwr (dewisol)
component-supplier-hint = Y cwmni neu'r corff sy'n ei darparu.
component-licence = Trwydded ffynhonnell agored
component-licence-hint = Dim ond ar gyfer meddalwedd ffynhonnell agored. Er enghraifft, GPL-2.0-or-later
component-link = Cyfeiriad gwe (dewisol)
component-link-hint = Lle gall pobl ddarllen amdani, yn dechrau gyda https://
component-description = Disgrifiad (dewisol)
component-description-hint = Beth mae'n ei wneud, mewn brawddeg neu ddwy. Ffeithiau yn unig.
component-council = Y cyngor sy'n ei chynnig
component-built-by = Wedi'i hadeiladu gan
component-status-proposed = Yn aros am adolygiad
component-status-declined = Wedi'i gwrthod
component-uses-title = Pwy sy'n ei defnyddio
component-uses-count = { $count ->
    [zero] Does dim cyngor yn ei defnyddio.
    [one] Mae 1 cyngor yn ei defnyddio.
    [two] Mae 2 gyngor yn ei defnyddio.
    [few] Mae 3 chyngor yn ei defnyddio.
    [many] Mae 6 chyngor yn ei defnyddio.
   *[other] Mae { $count } cyngor yn ei defnyddio.
}
component-uses-none = Does dim cyngor wedi cofnodi'r gydran hon eto.
component-add-title = Ychwanegu cydran
component-add-intro = Caiff cydrannau a ychwanegwch eu rhestru ar unwaith ar gyfer pob cyngor.
component-add-button = Ychwanegu cydran
component-propose-title = Cynnig cydran
component-propose-intro = Mae gweinyddwr y platfform yn adolygu pob cydran a gynigir cyn i gynghorau eraill ei gweld. Gall eich cyngor ei chofnodi ar ei fap ar unwaith.
component-propose-button = Cynnig cydran
component-proposed-by = Wedi'i chynnig gan
error-component-council = Dewiswch y cyngor sy'n cynnig y gydran
admin-components = Cydrannau a gynigiwyd
admin-components-intro = Cydrannau y mae gweinyddwyr cynghorau wedi'u cynnig ar gyfer y rhestr. Gwiriwch nad yw pob un eisoes wedi'i rhestru o dan enw arall.
admin-components-decision = Penderfyniad
admin-components-list = Rhestru
admin-components-decline = Gwrthod
admin-components-none = Does dim cydrannau'n aros am adolygiad.

## Cyfleoedd i rannu
sharing-title = Cyfleoedd i rannu ar gyfer { $council }
sharing-intro = Wedi'u cyfrifo o fap galluoedd pob cyngor: cydrannau y mae cynghorau eraill yn eu defnyddio ar gyfer yr hyn sydd ei angen ar eich gwasanaethau, a chynhyrchion y gallech eu prynu gyda chynghorau eraill. Syniad i'w ystyried yw pob un, nid cyngor.
sharing-reuse-title = Yr hyn y mae cynghorau eraill yn ei ddefnyddio ar gyfer yr hyn sydd ei angen arnoch
sharing-reuse-intro = Galluoedd sydd eu hangen ar eich gwasanaethau nad oes dim yn eu diwallu eto, neu sy'n cael eu diwallu gan broses â llaw, neu gan gontract sy'n dod i ben o fewn 18 mis, a'r cydrannau ffynhonnell agored neu fewnol y mae cynghorau eraill yn eu diwallu â nhw.
sharing-reuse-none = Does dim byd yma eto. Mapiwch ragor o'ch gwasanaethau, neu edrychwch eto wrth i gynghorau eraill fapio eu rhai nhw.
sharing-because-nothing = Does dim byd yn diwallu'r gallu hwn eto.
sharing-because-manual = Proses â llaw neu ar bapur sy'n diwallu'r gallu hwn.
sharing-because-contract_ending = Mae'r contract ar gyfer yr hyn sy'n ei ddiwallu yn dod i ben ar { $date }.
sharing-used-by = { $count ->
    [zero] Does dim cyngor yn ei defnyddio ar gyfer hyn.
    [one] Mae 1 cyngor yn ei defnyddio ar gyfer hyn.
    [two] Mae 2 gyngor yn ei defnyddio ar gyfer hyn.
    [few] Mae 3 chyngor yn ei defnyddio ar gyfer hyn.
    [many] Mae 6 chyngor yn ei defnyddio ar gyfer hyn.
   *[other] Mae { $count } cyngor yn ei defnyddio ar gyfer hyn.
}
sharing-built-by = Wedi'i hadeiladu gan
sharing-practitioners = Ymarferwyr yn { $council } sydd wedi gweithio ar y gwasanaeth hwn, wedi'u rhestru yn y gronfa:
sharing-book = archebu eu hamser
sharing-to-draft = Troi'n gyfle drafft
sharing-dismiss = Diystyru
sharing-pages = Tudalennau o gyfleoedd i rannu
page-number = Tudalen { $number }
sharing-together-title = Cynhyrchion y gallech eu prynu gyda chynghorau eraill
sharing-together-intro = Gallai cynghorau sy'n prynu'r un cynnyrch â chi, y mae eu contractau'n dod i ben o fewn 12 mis i'ch un chi, cyn neu ar ei ôl, ei gaffael gyda'i gilydd.
sharing-together-none = Nid yw eich map yn cofnodi unrhyw gontract cyfredol ar gyfer cynnyrch rydych yn ei brynu.
sharing-together-link = Gweld y cynhyrchion rydych yn eu prynu, a'r cynghorau y mae eu contractau ar eu cyfer yn dod i ben yn agos at eich un chi
sharing-together-yours = Mae eich contract yn dod i ben ar { $date }.
sharing-together-alone = Nid yw contract unrhyw gyngor arall ar ei gyfer yn dod i ben o fewn 12 mis i'ch un chi.
sharing-together-councils = { $count ->
    [zero] Nid yw contract unrhyw gyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
    [one] Mae contract un cyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
    [two] Mae contractau 2 gyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
    [few] Mae contractau 3 chyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
    [many] Mae contractau 6 chyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
   *[other] Mae contractau { $count } cyngor arall yn dod i ben o fewn 12 mis i'ch un chi:
}
sharing-products-pages = Tudalennau o gynhyrchion
sharing-contract-ends = mae'r contract yn dod i ben { $date }
sharing-dismissed = { $count ->
    [zero] Dim cyfleoedd wedi'u diystyru
    [one] 1 cyfle wedi'i ddiystyru
    [two] 2 gyfle wedi'u diystyru
    [few] 3 chyfle wedi'u diystyru
    [many] 6 chyfle wedi'u diystyru
   *[other] { $count } cyfle wedi'u diystyru
}
sharing-done-dismissed = Mae'r cyfle wedi'i ddiystyru
sharing-dismiss-title = Diystyru'r cyfle hwn i rannu
sharing-dismiss-reason = Pam rydych yn ei ddiystyru?
sharing-dismiss-reason-hint = Bydd pobl { $council } yn gweld y rheswm hwn. Hyd at 500 nod.
error-sharing-reason = Rhowch pam rydych yn diystyru'r cyfle
error-sharing-reason-too-long = Rhaid i'r rheswm fod yn 500 nod neu lai
audit-action-sharing-dismissed = Wedi diystyru cyfle i rannu
sharing-draft-reuse-title = Mabwysiadu { $component } ar gyfer { $capability } yn { $service }
sharing-draft-reuse-summary = Helpwch ni i fabwysiadu { $component }, y mae cynghorau eraill yn ei defnyddio ar gyfer { $capability } yn { $service }.
sharing-draft-reuse-background = Mae ein map galluoedd yn dangos y gellid diwallu { $capability } yn { $service } yn well. Mae cynghorau eraill ar Microgontractau yn ei ddiwallu â { $component }.
sharing-draft-reuse-work = Adolygu sut rydym yn diwallu { $capability } heddiw, sefydlu { $component } ar gyfer { $service }, a'i drosglwyddo i'n tîm.
sharing-draft-together-title = Caffael { $component } ar y cyd â chynghorau eraill
sharing-draft-together-summary = Helpwch ni i baratoi caffaeliad ar y cyd o { $component } gyda chynghorau y mae eu contractau'n dod i ben yn agos at ein un ni.
sharing-draft-together-background = Mae cynghorau eraill yn prynu { $component } o dan gontractau sy'n dod i ben o fewn 12 mis i'n un ni.
sharing-draft-together-work = Casglu gofynion y cynghorau ar gyfer { $component } a drafftio'r dull caffael ar y cyd.

## Matrics galluoedd
matrix-title = Matrics galluoedd
matrix-intro = Gwasanaethau y mae cynghorau wedi'u mapio (rhesi) yn ôl y galluoedd sydd eu hangen arnynt (colofnau). Mae pob cell yn dweud faint o gynghorau sydd wedi mapio'r gallu hwnnw ar gyfer y gwasanaeth hwnnw; po dywyllaf y gell, y mwyaf o gynghorau.
matrix-type = Math o gyngor
matrix-any-type = Unrhyw fath
matrix-region = Rhanbarth neu wlad
matrix-any-region = Unrhyw le
matrix-filter = Dangos
matrix-as-list = Dangos fel rhestr
matrix-as-grid = Dangos fel grid
matrix-csv = Llwytho i lawr fel CSV
matrix-none = Does dim cyngor sy'n cyfateb i'r hidlyddion hyn wedi mapio gwasanaeth eto.
matrix-key = Graddliwio, o'r lleiaf o gynghorau i'r mwyaf:
matrix-caption = Cynghorau sydd wedi mapio pob gallu ym mhob gwasanaeth
matrix-list-caption = Cynghorau sydd wedi mapio pob gallu ym mhob gwasanaeth, un rhes ar gyfer pob pâr
component-practitioners-title = Ymarferwyr sy'n ei hadnabod
component-practitioners-intro = Wedi'u rhestru yn y gronfa, gyda { $component } wedi'i henwi ar eu proffil (eu sgiliau, eu profiad neu waith a wnaed o'r blaen):
component-practitioners-more = Gweld pawb yn y gronfa sy'n ei henwi
component-practitioners-none = Does neb yn y gronfa yn enwi { $component } ar eu proffil eto.
audit-action-map-entry-removed = Wedi tynnu gallu oddi ar wasanaeth ar y map galluoedd
scope-maps-read = Darllen mapiau galluoedd, cydrannau a chyfleoedd i rannu cynghorau
scope-maps-write = Newid map galluoedd eich cyngor
scope-groups-read = Darllen grwpiau cymheiriaid, cyfarfodydd, agendâu, camau gweithredu, problemau a phrosiectau
scope-groups-write = Cofrestru ar gyfer cyfarfodydd, cadw cyfarfodydd grwpiau rydych yn eu harwain, a chyhoeddi problemau a phrosiectau

## Ffeiliau'r map galluoedd
import-title = Mewnforio map galluoedd ar gyfer { $council }
import-intro = Lanlwythwch ffeil CSV gydag un rhes ar gyfer pob gallu ym mhob gwasanaeth: beth sy'n ei ddiwallu a sut. Caiff pob rhes ei chadw fel cofnod newydd, neu fersiwn nesaf un; mae galluoedd nad ydynt yn y ffeil yn aros fel y maent. Os oes camgymeriad mewn unrhyw res, ni chaiff dim ei gadw a chaiff y camgymeriadau eu rhestru.
import-example = Llwytho ffeil enghreifftiol i lawr
import-current = Llwytho map eich cyngor i lawr fel y mae nawr
import-file = Lanlwytho ffeil
import-file-hint = Ffeil CSV gyda rhes pennawd, hyd at { $rows } rhes ac 1 MB.
import-button = Mewnforio
import-mistakes = Camgymeriadau yn y ffeil
import-row = Rhes
import-column = Colofn
import-mistake = Camgymeriad
import-columns = Y colofnau
import-column-lgsl_id = Angenrheidiol. Rhif adnabod y gwasanaeth, fel yng nghyfeiriad y gwasanaeth ar y wefan hon.
import-column-service = Dewisol. Enw'r gwasanaeth, ar gyfer pobl sy'n darllen y ffeil; nid yw'n cael ei ddarllen.
import-column-capability_id = Angenrheidiol. Rhif adnabod y gallu, fel yng nghyfeiriad ei dudalen ar eich map.
import-column-capability = Dewisol. Enw'r gallu; nid yw'n cael ei ddarllen.
import-column-meets = Angenrheidiol. component, manual neu nothing.
import-column-component = Gyda component: enw'r gydran fel ar y rhestr o gydrannau.
import-column-provision = Gyda component: bought, built_in_house, shared_with_council neu open_source.
import-column-contract_ends = Dewisol, ar gyfer cydran a brynwyd: y dyddiad y daw'r contract i ben, fel 2028-03-31.
import-column-cost_band = Dewisol, ar gyfer cydran a brynwyd: under_10k, 10k_to_50k, 50k_to_250k neu 250k_or_more y flwyddyn.
import-column-satisfaction = Dewisol. 1 (gwael iawn) i 5 (da iawn).
import-column-note = Dewisol. Hyd at 2,000 nod.
import-column-private = Dewisol. yes i gadw'r gost a'r nodyn i'ch cyngor.
map-imported = { $count ->
    [zero] Ni fewnforiwyd unrhyw res
    [one] Mewnforiwyd 1 rhes
    [two] Mewnforiwyd 2 res
    [few] Mewnforiwyd 3 rhes
    [many] Mewnforiwyd 6 rhes
   *[other] Mewnforiwyd { $count } rhes
}
map-download = Llwytho'r map hwn i lawr fel ffeil CSV
map-import-link = Mewnforio map o ffeil CSV
error-import-no-file = Dewiswch ffeil CSV i'w lanlwytho
error-import-mistakes = { $count ->
    [one] Mae camgymeriad yn y ffeil. Ni chadwyd dim
   *[other] Mae { $count } camgymeriad yn y ffeil. Ni chadwyd dim
}
error-import-not-csv = Nid yw hon yn ffeil CSV gyda rhes pennawd, neu ni ellir darllen y rhes hon
error-import-unknown-column = Nid yw'r golofn hon yn un y caiff y ffeil ei chynnwys
error-import-missing-column = Mae angen y golofn hon
error-import-too-many-rows = Mae gan y ffeil fwy na 5,000 o resi
error-import-service = Rhowch rif adnabod gwasanaeth
error-import-private = Rhowch yes neu no
error-import-repeated = Mae'r gallu hwn yn y gwasanaeth hwn ar res gynharach hefyd
error-import-empty = Does dim rhesi o dan bennawd y ffeil
audit-action-map-imported = Wedi mewnforio ffeil map galluoedd
map-exact-cost = Union gost y flwyddyn (dewisol)
map-exact-cost-hint = Dim ond ar gyfer cydran rydych yn ei phrynu, a dim ond os yw eich cyngor yn dewis rhoi'r ffigur. Ticiwch isod i'w gadw i'ch cyngor.
map-exact-cost-shown = { $cost } y flwyddyn
error-map-exact-cost-only-bought = Rhowch union gost dim ond ar gyfer cydran rydych yn ei phrynu
field-name-cost_pence = union gost
import-column-cost = Dewisol, ar gyfer cydran a brynwyd: union gost y flwyddyn mewn punnoedd, fel 48250.00, os yw eich cyngor yn dewis ei rhoi.
sharing-together-nearest = Mae contractau { $count } cyngor arall yn dod i ben o fewn 12 mis i'ch un chi; y { $shown } sy'n dod i ben agosaf:

## Grwpiau cymheiriaid (issue 18)
nav-groups = Grwpiau cymheiriaid
groups-title = Grwpiau cymheiriaid
groups-intro = Grwpiau rhanbarthol o dimau digidol cynghorau sy'n cyfarfod i rannu'r hyn y maent yn gweithio arno, dod â phroblemau i'r ystafell a chytuno beth i'w wneud gyda'i gilydd.
groups-create = Creu grŵp cymheiriaid
groups-yours = Eich grwpiau
groups-all = Pob grŵp cymheiriaid
groups-none = Does dim grwpiau cymheiriaid eto.
groups-first = Y dudalen gyntaf
groups-more = Rhagor
group-name = Enw
group-region = Rhanbarth
group-region-hint = Er enghraifft, y De Ddwyrain a'r De Orllewin, neu Gymru.
group-councils = Cynghorau sy'n aelodau
group-description = Disgrifiad (dewisol)
group-description-hint = Beth yw diben y grŵp a pha mor aml y mae'n cyfarfod. Hyd at 2,000 nod.
group-chat-link = Dolen i'r sianel sgwrsio (dewisol)
group-chat-link-hint = Cyfeiriad gwe sianel y grŵp, er enghraifft ar Slack neu Microsoft Teams. Dim ond aelodau'r grŵp sy'n ei gweld.
group-webhook = Cyfeiriad y bachyn gwe sy'n dod i mewn (dewisol)
group-webhook-hint = Bachyn gwe sy'n dod i mewn sy'n gydnaws â Slack. Caiff cyfarfodydd a phroblemau newydd eu postio iddo. Caiff ei gadw'n gyfrinachol: ni all neb ei ddarllen yn ôl.
group-webhook-hint-change = Rhowch gyfeiriad newydd i ddisodli'r un sydd gennym, neu gadewch hwn yn wag i'w gadw.
group-webhook-held = Mae bachyn gwe wedi'i osod: { $webhook }
group-webhook-remove = Tynnu'r bachyn gwe
group-lead-email = Cyfeiriad e-bost arweinydd cyntaf y grŵp
group-lead-email-hint = Rhywun sydd â chyfrif mewn cyngor ar Microgontractau. Daw eu cyngor yn aelod cyntaf y grŵp.
group-new-title = Creu grŵp cymheiriaid
group-edit-title = Newid manylion { $group }
group-create = Creu'r grŵp
group-save = Cadw'r newidiadau
group-lead-tag = Arweinydd
group-done-created = Mae'r grŵp wedi'i greu
group-done-changed = Mae manylion y grŵp wedi'u cadw
group-done-joined = Rydych wedi ymuno â'r grŵp
group-done-left = Rydych wedi gadael y grŵp
group-done-accepted = Mae eich cyngor bellach yn aelod o'r grŵp
group-done-declined = Rydych wedi gwrthod y gwahoddiad
group-done-withdrawn = Nid yw eich cyngor yn aelod o'r grŵp mwyach
group-done-invited = Mae gweinyddwyr y cyngor wedi cael eu gwahodd
group-done-lead = Maen nhw bellach yn arweinydd y grŵp
group-done-not-lead = Nid ydynt yn arweinydd y grŵp mwyach
group-members-link = Gweld aelodau'r grŵp
group-edit-link = Newid manylion y grŵp
group-member-councils = Cynghorau sy'n aelodau
group-no-councils = Does dim cynghorau wedi ymuno eto.
group-invited = Mae'r grŵp wedi gwahodd { $council } i ymuno.
group-accept = Derbyn
group-decline = Gwrthod
group-join = Ymuno â'r grŵp hwn
group-join-for = Ymuno ar ran
group-join-hint = Byddwch yn ymuno ar ran { $council }.
group-leave = Gadael y grŵp hwn
group-withdraw-summary = Tynnu { $council } allan o'r grŵp hwn
group-withdraw-hint = Mae pawb yn eich cyngor a ymunodd â'r grŵp yn ei adael.
group-withdraw = Tynnu { $council } allan
group-members-title = Aelodau { $group }
group-members-heading = Aelodau
group-back = Yn ôl i { $group }
group-chat = Mynd i sianel sgwrsio'r grŵp
group-leads = Arweinwyr
group-no-leads = Does gan y grŵp ddim arweinwyr. Gall gweinyddwr y platfform benodi un.
group-people = Pobl a ymunodd
group-person = Enw
group-person-council = Cyngor
group-lead-column = Arweinydd
group-make-lead = Gwneud yn arweinydd
group-stand-down = Camu i lawr fel arweinydd
group-no-people = Does neb wedi ymuno eto.
group-invited-councils = Cynghorau a wahoddwyd
group-invite-heading = Gwahodd cyngor
group-invite-council = Cyngor
group-invite-hint = Cynghorau ar Microgontractau nad ydynt yn y grŵp. Gofynnir i'w gweinyddwyr dderbyn.
group-invite-choose = Dewiswch gyngor
group-invite = Gwahodd
group-invite-none = Mae pob cyngor ar Microgontractau yn y grŵp neu wedi'i wahodd.
error-group-name = Rhowch enw'r grŵp
error-group-name-too-long = Rhaid i enw'r grŵp fod yn 120 nod neu lai
error-group-name-taken = Mae grŵp â'r enw hwnnw eisoes
error-group-region = Rhowch ranbarth y grŵp
error-group-region-too-long = Rhaid i'r rhanbarth fod yn 80 nod neu lai
error-group-description = Rhowch ddisgrifiad, neu gadewch yn wag
error-group-description-too-long = Rhaid i'r disgrifiad fod yn 2,000 nod neu lai
error-group-chat-link = Rhowch y ddolen i'r sianel sgwrsio fel cyfeiriad gwe, yn dechrau gyda https://
error-group-webhook = Rhowch gyfeiriad y bachyn gwe fel cyfeiriad gwe sy'n dechrau gyda https://
error-group-lead-unknown = Rhowch gyfeiriad e-bost rhywun sydd â chyfrif mewn cyngor
error-group-council-choose = Dewiswch gyngor i'w wahodd
error-group-council-already = Mae'r cyngor hwnnw eisoes yn aelod o'r grŵp neu wedi'i wahodd iddo
error-group-no-invitation = Does dim gwahoddiad yn aros am y cyngor hwnnw
error-group-not-member = Nid yw'r cyngor hwnnw'n aelod o'r grŵp
error-group-joined-already = Rydych eisoes wedi ymuno â'r grŵp hwn
error-group-not-joined = Nid ydych wedi ymuno â'r grŵp hwn
notify-group-lead = Rydych yn arweinydd { $group }
notify-group-lead-subject = Rydych yn arweinydd { $group } ar Microgontractau
notify-group-lead-email = Helo,

    Rydych bellach yn arweinydd y grŵp cymheiriaid { $group }. Gallwch newid ei fanylion, gwahodd cynghorau a phenodi arweinwyr eraill:

    { $link }

    Microgontractau
notify-group-invited = Mae { $group } wedi gwahodd { $council } i ymuno
notify-group-invited-subject = Mae { $group } wedi gwahodd { $council } i ymuno ag ef ar Microgontractau
notify-group-invited-email = Helo,

    Mae'r grŵp cymheiriaid { $group } wedi gwahodd { $council } i ddod yn aelod. Fel gweinyddwr y cyngor gallwch dderbyn neu wrthod:

    { $link }

    Unwaith y bydd eich cyngor yn aelod, gall ei bobl ymuno â'r grŵp.

    Microgontractau
notify-group-council-joined = Mae { $council } bellach yn aelod o { $group }
notify-group-council-joined-subject = Mae { $council } wedi derbyn y gwahoddiad i { $group }
notify-group-council-joined-email = Helo,

    Mae { $council } wedi derbyn y gwahoddiad i ymuno â { $group }. Gall ei bobl ymuno â'r grŵp nawr:

    { $link }

    Microgontractau
notify-group-council-declined = Mae { $council } wedi gwrthod y gwahoddiad i { $group }
notify-group-council-declined-subject = Mae { $council } wedi gwrthod y gwahoddiad i { $group }
notify-group-council-declined-email = Helo,

    Mae { $council } wedi gwrthod y gwahoddiad i ymuno â { $group }:

    { $link }

    Microgontractau
audit-action-peer-group-created = Wedi creu grŵp cymheiriaid
audit-action-peer-group-changed = Wedi newid manylion grŵp cymheiriaid
audit-action-peer-group-council-invited = Wedi gwahodd cyngor i grŵp cymheiriaid
audit-action-peer-group-invitation-accepted = Wedi derbyn gwahoddiad grŵp cymheiriaid
audit-action-peer-group-invitation-declined = Wedi gwrthod gwahoddiad grŵp cymheiriaid
audit-action-peer-group-council-withdrawn = Wedi tynnu'r cyngor allan o grŵp cymheiriaid
audit-action-peer-group-joined = Wedi ymuno â grŵp cymheiriaid
audit-action-peer-group-left = Wedi gadael grŵp cymheiriaid
audit-action-peer-group-lead-appointed = Wedi penodi arweinydd grŵp cymheiriaid
audit-action-peer-group-lead-stood-down = Wedi camu i lawr fel arweinydd grŵp cymheiriaid
group-meetings-upcoming = Cyfarfodydd i ddod
group-meetings-none = Does dim cyfarfodydd wedi'u trefnu.
group-meeting-hosted = wedi'i gynnal gan { $council }
group-schedule-meeting = Trefnu cyfarfod
meeting-new-title = Trefnu cyfarfod o { $group }
meeting-new-heading = Trefnu cyfarfod
meeting-edit-title = Newid y cyfarfod: { $theme }
meeting-theme = Thema
meeting-theme-hint = Beth yw pwnc y cyfarfod, er enghraifft Data a Deallusrwydd Artiffisial mewn llywodraeth leol.
meeting-date = Dyddiad
meeting-starts = Yn dechrau am
meeting-ends = Yn gorffen am
meeting-time-hint = Amser y DU, cloc 24 awr, er enghraifft 10:00 neu 15:30.
meeting-host = Cyngor sy'n cynnal
meeting-host-none = Dim cyngor yn cynnal eto
meeting-venue = Lleoliad (dewisol)
meeting-venue-hint = Y cyfeiriad, ar gyfer cyfarfod wyneb yn wyneb.
meeting-online-link = Dolen i'r cyfarfod ar-lein (dewisol)
meeting-online-link-hint = Er enghraifft dolen Microsoft Teams neu Google Meet.
meeting-capacity = Lleoedd
meeting-capacity-hint = Faint o bobl all ddod. Unwaith y bydd yn llawn, bydd pobl yn ymuno â rhestr aros.
meeting-schedule = Trefnu'r cyfarfod
meeting-save = Cadw'r newidiadau
meeting-when = Pryd
meeting-when-shown = { $date }, { $starts } i { $ends }
meeting-online = Ar-lein
meeting-join-online = Ymuno â'r cyfarfod ar-lein
meeting-places = Lleoedd
meeting-places-shown = { $registered } o { $capacity } lle wedi'u cymryd{ $waiting ->
        [0] {""}
       *[other] , { $waiting } yn aros
    }
meeting-edit-link = Newid y cyfarfod
meeting-you-registered = Mae gennych le yn y cyfarfod hwn.
meeting-you-waiting = Rydych ar y rhestr aros. Os daw lle'n rhydd, chi fydd yn ei gael a chewch wybod.
meeting-register = Cofrestru am le
meeting-join-waiting = Ymuno â'r rhestr aros
meeting-cancel-place = Canslo eich lle
meeting-leave-waiting = Gadael y rhestr aros
meeting-agenda = Agenda
meeting-agenda-none = Does dim agenda eto.
meeting-registrants = Pwy sy'n dod
meeting-registrants-none = Does neb wedi cofrestru eto.
meeting-waiting-tag = Yn aros
meeting-done-scheduled = Mae'r cyfarfod wedi'i drefnu ac mae aelodau'r grŵp wedi cael gwybod
meeting-done-changed = Mae manylion y cyfarfod wedi'u cadw
meeting-done-agenda = Mae'r agenda wedi'i chadw
meeting-done-removed = Mae'r eitem wedi'i thynnu oddi ar yr agenda
meeting-done-registered = Mae gennych le yn y cyfarfod hwn
meeting-done-waiting = Mae'r cyfarfod yn llawn: rydych ar y rhestr aros
meeting-done-cancelled = Nid oes gennych le yn y cyfarfod hwn mwyach
agenda-new-title = Ychwanegu eitem at yr agenda
agenda-edit-title = Newid eitem ar yr agenda
agenda-kind = Pa fath o eitem yw hi?
agenda-kind-welcome = Croeso a chyflwyniadau
agenda-kind-talk = Sgwrs
agenda-kind-debate = Dadl
agenda-kind-workshop = Gweithdy
agenda-kind-bring_a_problem = Dod â phroblem
agenda-kind-show_and_tell = Dangos a dweud
agenda-kind-review_of_actions = Adolygu camau gweithredu
agenda-kind-future_themes = Themâu i'r dyfodol
agenda-title = Teitl
agenda-speaker = Siaradwr o'r grŵp (dewisol)
agenda-speaker-none = Neb o'r grŵp
agenda-guest-speaker = Neu siaradwr gwadd (dewisol)
agenda-guest-speaker-hint = Eu henw a'u sefydliad, er enghraifft Kim Lee, y Weinyddiaeth Tai, Cymunedau a Llywodraeth Leol.
agenda-minutes = Am ba hyd, mewn munudau
agenda-minutes-shown = { $minutes } munud
agenda-links = Dolenni (dewisol)
agenda-links-hint = Sleidiau, nodiadau neu dudalen prosiect: hyd at 5 cyfeiriad gwe, un ar bob llinell.
agenda-save = Cadw'r eitem
agenda-add = Ychwanegu eitem at yr agenda
agenda-move-up = Symud i fyny
agenda-move-down = Symud i lawr
error-meeting-theme = Rhowch thema'r cyfarfod
error-meeting-theme-too-long = Rhaid i'r thema fod yn 200 nod neu lai
error-meeting-online-link = Rhowch y ddolen i'r cyfarfod ar-lein fel cyfeiriad gwe, yn dechrau gyda https://
error-meeting-where = Rhowch leoliad neu ddolen i gyfarfod ar-lein
error-meeting-capacity = Rhowch faint o leoedd sydd, nifer cyfan o 1 i 1,000
error-meeting-ends-before = Rhaid i'r cyfarfod orffen ar ôl iddo ddechrau
error-meeting-past = Rhaid i'r cyfarfod fod yn y dyfodol
error-meeting-when = Rhowch pryd mae'r cyfarfod
error-meeting-host = Dewiswch gyngor i gynnal o blith aelodau'r grŵp
error-meeting-closed = Mae'r cyfarfod hwn wedi dod i ben neu wedi'i ganslo
error-meeting-registered-already = Rydych eisoes wedi cofrestru ar gyfer y cyfarfod hwn
error-meeting-not-registered = Nid ydych wedi cofrestru ar gyfer y cyfarfod hwn
error-agenda-kind = Dewiswch pa fath o eitem yw hi
error-agenda-title = Rhowch deitl yr eitem
error-agenda-title-too-long = Rhaid i'r teitl fod yn 200 nod neu lai
error-agenda-speaker = Dewiswch siaradwr sydd wedi ymuno â'r grŵp
error-agenda-two-speakers = Dewiswch siaradwr o'r grŵp neu enwch westai, nid y ddau
error-agenda-minutes = Rhowch am ba hyd y mae'n para, mewn munudau cyfan o 0 i 600
error-links = Rhowch bob dolen fel cyfeiriad gwe sy'n dechrau gyda https://, un ar bob llinell
error-links-too-many = Rhowch hyd at 5 dolen
notify-meeting-scheduled = Mae { $group } yn cyfarfod ar { $date }: { $theme }
notify-meeting-scheduled-subject = Mae { $group } yn cyfarfod ar { $date }
notify-meeting-scheduled-email = Helo,

    Mae { $group } wedi trefnu cyfarfod ar { $date }: { $theme }. Gweld yr agenda a chofrestru am le:

    { $link }

    Microgontractau
notify-meeting-changed = Mae cyfarfod { $group } wedi newid: { $theme }
notify-meeting-changed-subject = Mae cyfarfod { $group } wedi newid
notify-meeting-changed-email = Helo,

    Mae arweinydd y grŵp wedi newid manylion y cyfarfod y gwnaethoch gofrestru ar ei gyfer, { $theme }. Gweld pryd a ble mae nawr:

    { $link }

    Microgontractau
notify-agenda-changed = Mae agenda { $theme } wedi newid
notify-agenda-changed-subject = Mae agenda cyfarfod { $group } wedi newid
notify-agenda-changed-email = Helo,

    Mae agenda'r cyfarfod y gwnaethoch gofrestru ar ei gyfer, { $theme }, wedi newid:

    { $link }

    Microgontractau
notify-meeting-place = Daeth lle'n rhydd: rydych yn dod i { $theme }
notify-meeting-place-subject = Mae gennych le yng nghyfarfod { $group }
notify-meeting-place-email = Helo,

    Daeth lle'n rhydd yng nghyfarfod { $group }, { $theme }, a chi sy'n ei gael: roeddech yn gyntaf ar y rhestr aros. Os na allwch ddod wedi'r cyfan, canslwch ef fel y gall rhywun arall ddod:

    { $link }

    Microgontractau
audit-action-meeting-scheduled = Wedi trefnu cyfarfod grŵp cymheiriaid
audit-action-meeting-changed = Wedi newid cyfarfod grŵp cymheiriaid
audit-action-agenda-item-added = Wedi ychwanegu eitem at agenda cyfarfod
audit-action-agenda-item-changed = Wedi newid eitem ar agenda cyfarfod
audit-action-agenda-item-removed = Wedi tynnu eitem oddi ar agenda cyfarfod
audit-action-agenda-item-moved = Wedi symud eitem ar agenda cyfarfod
audit-action-meeting-registered = Wedi cofrestru ar gyfer cyfarfod grŵp cymheiriaid
audit-action-meeting-cancelled-place = Wedi canslo lle mewn cyfarfod grŵp cymheiriaid
meeting-calendar-file = Ychwanegu'r cyfarfod hwn at eich calendr (ffeil .ics)
meeting-calendar-feed = Dilyn eich holl gyfarfodydd yn eich calendr
ics-hosted-by = Wedi'i gynnal gan { $council }
ics-online = Ar-lein: { $link }
ics-feed-name = Cyfarfodydd a gwaith wedi'i archebu ar Microgontractau
ics-contract-name = Contract { $id } ar Microgontractau
ics-contract-period = Contract: { $practitioner } ar gyfer { $buyer }: { $purpose }
ics-contract-week = { $hours } awr: { $practitioner } ar gyfer { $buyer }
ics-contract-description = Mae { $supplier } yn rhoi benthyg { $practitioner } i { $buyer } ar gyfer: { $purpose }. Hyd at { $hours } awr. { $status }.
ics-request-week = Gofynnwyd am { $hours } awr: { $practitioner } ar gyfer { $buyer }
ics-request-description = Cais i archebu gan { $buyer }, heb ei gymeradwyo eto: { $purpose }
calendar-title = Eich cyfarfodydd a'ch gwaith yn eich calendr
calendar-intro = Mae ffrwd galendr yn rhestru'r cyfarfodydd grwpiau cymheiriaid rydych wedi cofrestru ar eu cyfer, cyfnodau eich contractau a'r wythnosau a archebwyd, a cheisiadau i'ch archebu sy'n aros am ateb; os ydych yn rheolwr, hefyd rhai'r ymarferwyr y mae eich cynghorau'n eu rhoi ar fenthyg. Mae'n diweddaru ei hun pan fyddant yn newid. Ychwanegwch ei chyfeiriad at Outlook, Google Calendar neu Apple Calendar fel calendr rhyngrwyd. Mae'r cyfeiriad yn gyfrinachol: gall unrhyw un sydd ag ef weld yr hyn y mae'n ei restru, felly peidiwch â'i rannu.
calendar-account-link = Dilyn eich cyfarfodydd a'ch gwaith wedi'i archebu yn eich calendr
calendar-address = Cyfeiriad eich ffrwd galendr
calendar-address-once = Copïwch ef nawr: dim ond unwaith y caiff ei ddangos. Os byddwch yn ei golli, gwnewch un newydd.
calendar-has-feed = Gwnaethoch ffrwd galendr ar { $date }. Dangoswyd ei chyfeiriad unwaith, pan wnaethoch hi.
calendar-start = Gwneud ffrwd galendr
calendar-replace = Gwneud cyfeiriad newydd (mae'r hen un yn peidio â gweithio)
calendar-stop = Diffodd y ffrwd galendr
calendar-done-started = Mae eich ffrwd galendr yn barod
calendar-done-stopped = Mae eich ffrwd galendr wedi'i diffodd: nid yw ei chyfeiriad yn gweithio mwyach
error-calendar-feed-none = Does gennych chi ddim ffrwd galendr
audit-action-calendar-feed-started = Wedi gwneud ffrwd galendr o gyfarfodydd
audit-action-calendar-feed-stopped = Wedi diffodd ffrwd galendr o gyfarfodydd
meeting-record-link = Cofnodi'r cyfarfod
record-title = Cofnod o { $theme }
record-writeup-link = Ysgrifennu adroddiad y cyfarfod
record-attendance = Pwy ddaeth
record-attendance-later = Gallwch gofnodi pwy ddaeth unwaith y bydd y cyfarfod wedi dechrau.
record-attendance-legend = Ticiwch bawb a ddaeth
record-attendance-save = Cadw pwy ddaeth
record-notes = Nodiadau ar bob eitem ar yr agenda
record-notes-publish = Cyhoeddi'r nodiadau hyn yn yr adroddiad
record-notes-save = Cadw'r nodiadau
record-tables = Yr hyn a adroddodd pob bwrdd
record-review = Adolygu camau gweithredu ers y cyfarfod diwethaf
record-review-none = Nid oedd unrhyw gamau gweithredu ar agor o gyfarfodydd cynharach.
record-actions = Camau gweithredu a gytunwyd yn y cyfarfod hwn
record-done-attendance = Mae pwy ddaeth wedi'i gadw
record-done-notes = Mae'r nodiadau wedi'u cadw
record-done-feedback = Mae adborth y bwrdd wedi'i gadw
record-done-action = Mae'r cam gweithredu wedi'i gadw ac mae ei berchennog wedi cael gwybod
record-done-review = Mae adolygiad y cam gweithredu wedi'i gadw
record-done-removed = Mae adborth y bwrdd wedi'i dynnu
feedback-table = Bwrdd
feedback-table-hint = Er enghraifft Bwrdd 2, neu thema'r bwrdd.
feedback-approach = Dull
feedback-approach-label = Sut aeth y bwrdd ati (dewisol)
feedback-findings = Yr hyn a ganfu'r bwrdd
feedback-add = Ychwanegu adborth y bwrdd
action-title = Cam gweithredu
action-owner = Perchennog (dewisol)
action-owner-none = Neb eto
action-due-on = Erbyn (dewisol)
action-add = Ychwanegu'r cam gweithredu
action-due = erbyn { $date }
action-outcome-done = wedi'i wneud
action-outcome-carried = yn parhau
action-outcome-dropped = wedi'i ollwng
action-outcome-open = heb ei adolygu eto
action-mark-done = Wedi'i wneud
action-mark-carried = Parhau
action-mark-dropped = Gollwng
writeup-form-title = Adroddiad { $theme }
writeup-form-intro = Caiff yr adroddiad ei wneud o'r hyn a gofnodwyd gennych: yr agenda gyda'i siaradwyr a'i dolenni, y nodiadau a ddewisoch eu cyhoeddi, yr hyn a adroddodd pob bwrdd, y camau gweithredu ers y cyfarfod diwethaf a'r rhai a gytunwyd, y themâu ar gyfer cyfarfodydd i ddod a'r cyngor nesaf i gynnal. Ychwanegwch grynodeb, yna cyhoeddwch ef. Ar ôl ei gyhoeddi, gall unrhyw un ei ddarllen, ac mae'n mynd i ffrwd y grŵp.
writeup-summary = Crynodeb (dewisol)
writeup-summary-hint = Ychydig baragraffau ar sut aeth y cyfarfod, fel y byddech yn ei bostio.
writeup-publish = Cyhoeddi'r adroddiad
writeup-update = Cadw'r adroddiad a gyhoeddwyd
writeup-save-draft = Cadw fel drafft
writeup-published-on = Cyhoeddwyd { $date }.
writeup-see-public = Gweld yr adroddiad cyhoeddus
writeup-preview = Yr hyn y mae'r adroddiad yn ei ddangos
writeup-preview-hint = Mae nodiadau a gadwyd gennych i'r grŵp yn cael eu gadael allan.
writeup-councils = Cynghorau a ddaeth
writeup-next-host = Y nesaf i gynnal
writeup-guests = Gwesteion
writeup-agenda = Agenda a siaradwyr
writeup-tables = Yr hyn a adroddodd y byrddau
writeup-actions-since = Camau gweithredu ers y cyfarfod diwethaf
writeup-actions-agreed = Camau gweithredu a gytunwyd
writeup-future = Themâu ac eitemau sefydlog ar gyfer cyfarfodydd i ddod
writeups-feed-title = Adroddiadau { $group }
group-next-host = { $council } sy'n cynnal y cyfarfod nesaf.
group-writeups = Cyfarfodydd blaenorol
group-writeups-none = Does dim adroddiadau wedi'u hysgrifennu ar gyfarfodydd eto.
group-writeups-feed = Dilyn yr adroddiadau (ffrwd Atom)
group-future = Themâu ac eitemau sefydlog ar gyfer cyfarfodydd i ddod
group-future-none = Does dim wedi'i gynnig eto.
group-hosting = Cynigion i gynnal
group-done-theme = Mae eich cynnig wedi'i ychwanegu
group-done-voted = Mae eich pleidlais wedi'i chyfrif
group-done-unvoted = Mae eich pleidlais wedi'i thynnu'n ôl
group-done-offered = Mae eich cynnig i gynnal wedi'i anfon at arweinwyr y grŵp
group-done-host-accepted = Mae'r cynnig i gynnal wedi'i dderbyn
group-done-host-declined = Mae'r cynnig i gynnal wedi'i wrthod
theme-title = Thema neu eitem
theme-votes = Pleidleisiau
theme-your-vote = Eich pleidlais
theme-vote = Pleidleisio
theme-unvote = Tynnu eich pleidlais yn ôl
theme-kind = Ai thema ar gyfer un cyfarfod neu eitem sefydlog ydyw?
theme-kind-theme = Thema
theme-kind-standing_item = Eitem sefydlog
theme-propose = Cynnig thema neu eitem sefydlog
theme-propose-button = Cynnig
theme-votes-shown = { $count ->
        [zero] Dim pleidleisiau
        [one] 1 bleidlais
        [two] 2 bleidlais
        [few] 3 phleidlais
        [many] 6 phleidlais
       *[other] { $count } pleidlais
    }
offer-host = Cynnig cynnal cyfarfod
offer-note = Nodyn i'r arweinwyr (dewisol)
offer-note-hint = Er enghraifft, y lleoliad a'r misoedd sy'n gyfleus i chi.
offer-button = Cynnig cynnal
offer-accept = Derbyn
offer-decline = Gwrthod
offer-status-offered = Yn aros am ateb
offer-status-accepted = Wedi'i dderbyn
offer-status-declined = Wedi'i wrthod
error-notes-too-long = Rhaid i'r nodiadau fod yn 5,000 nod neu lai
error-feedback-table = Rhowch enw'r bwrdd
error-feedback-table-too-long = Rhaid i enw'r bwrdd fod yn 80 nod neu lai
error-feedback-approach-too-long = Rhaid i'r dull fod yn 2,000 nod neu lai
error-feedback-findings = Rhowch yr hyn a ganfu'r bwrdd
error-feedback-findings-too-long = Rhaid i'r hyn a ganfu'r bwrdd fod yn 4,000 nod neu lai
error-action-title = Rhowch y cam gweithredu
error-action-title-too-long = Rhaid i'r cam gweithredu fod yn 200 nod neu lai
error-action-owner = Dewiswch berchennog sydd wedi ymuno â'r grŵp, neu un o'r cynghorau sy'n aelodau
error-action-status = Dewiswch sefyllfa'r cam gweithredu
error-action-review = Dewiswch wedi'i wneud, parhau neu ollwng
error-attendance-too-early = Gallwch gofnodi pwy ddaeth unwaith y bydd y cyfarfod wedi dechrau
error-theme-kind = Dewiswch thema neu eitem sefydlog
error-theme-title = Rhowch y thema neu'r eitem
error-theme-title-too-long = Rhaid i'r thema fod yn 150 nod neu lai
error-theme-taken = Mae hyn wedi'i gynnig yn barod: pleidleisiwch drosto yn lle hynny
error-theme-voted-already = Rydych eisoes wedi pleidleisio dros hynny
error-theme-not-voted = Nid ydych wedi pleidleisio dros hynny
error-offer-note-too-long = Rhaid i'r nodyn fod yn 500 nod neu lai
error-offer-answered = Mae'r cynnig hwnnw eisoes wedi'i ateb
error-summary-too-long = Rhaid i'r crynodeb fod yn 10,000 nod neu lai
error-writeup-too-early = Gallwch gyhoeddi'r adroddiad unwaith y bydd y cyfarfod wedi dechrau
field-name-due_on = dyddiad dyledus
notify-action-assigned = Cam gweithredu i chi gan { $group }: { $action }
notify-action-assigned-subject = Cam gweithredu i chi gan { $group }
notify-action-assigned-email = Helo,

    Mae { $group } wedi rhoi cam gweithredu i chi (neu i'ch cyngor): { $action }. Caiff ei adolygu yng nghyfarfod nesaf y grŵp:

    { $link }

    Microgontractau
notify-hosting-offered = Mae { $council } yn cynnig cynnal cyfarfod o { $group }
notify-hosting-offered-subject = Mae { $council } yn cynnig cynnal cyfarfod o { $group }
notify-hosting-offered-email = Helo,

    Mae { $council } wedi cynnig cynnal cyfarfod o { $group } yn y dyfodol. Fel arweinydd, gallwch dderbyn neu wrthod y cynnig:

    { $link }

    Microgontractau
audit-action-meeting-attendance-recorded = Wedi cofnodi pwy ddaeth i gyfarfod grŵp cymheiriaid
audit-action-meeting-notes-saved = Wedi cadw nodiadau ar eitem ar agenda cyfarfod
audit-action-meeting-feedback-added = Wedi cofnodi adborth gweithdy bwrdd
audit-action-meeting-feedback-removed = Wedi tynnu adborth gweithdy bwrdd oddi ar gofnod cyfarfod
audit-action-meeting-action-agreed = Wedi cofnodi cam gweithredu a gytunwyd mewn cyfarfod
audit-action-meeting-action-reviewed = Wedi adolygu cam gweithredu mewn cyfarfod
audit-action-group-theme-proposed = Wedi cynnig thema ar gyfer cyfarfodydd i ddod
audit-action-group-theme-voted = Wedi pleidleisio dros thema ar gyfer cyfarfodydd i ddod
audit-action-group-theme-vote-withdrawn = Wedi tynnu pleidlais dros thema yn ôl
audit-action-group-hosting-offered = Wedi cynnig cynnal cyfarfod grŵp cymheiriaid
audit-action-group-hosting-accepted = Wedi derbyn cynnig i gynnal cyfarfod grŵp cymheiriaid
audit-action-group-hosting-declined = Wedi gwrthod cynnig i gynnal cyfarfod grŵp cymheiriaid
audit-action-meeting-writeup-saved = Wedi cadw adroddiad cyfarfod fel drafft
audit-action-meeting-writeup-published = Wedi cyhoeddi adroddiad cyfarfod
opportunity-from-problem = Wedi'i wneud o'r broblem:
group-problems = Problemau a ddaeth i'r grŵp
group-problems-link = Gweld a chyhoeddi problemau'r grŵp
groups-problems-link = Problemau y mae cynghorau wedi'u cyhoeddi i bawb
problems-title = Problemau y mae cynghorau am gael help gyda nhw
problems-group-title = Problemau a ddaeth i { $group }
problems-intro = Mae cyngor yn disgrifio problem y mae am gael help gyda hi; mae eraill yn cynnig cyngor, yn dweud sut y gwnaethant ei datrys, neu'n cynnig un o'u hymarferwyr.
problems-post = Cyhoeddi problem
problems-none = Does dim problemau wedi'u cyhoeddi eto.
problem-status-open = Ar agor
problem-status-solved = Wedi'i datrys
problem-status-opportunity = Bellach yn gyfle
problem-new-title = Cyhoeddi problem
problem-new-intro = Disgrifiwch y broblem, yr hyn rydych wedi rhoi cynnig arno, a ble gall eraill ddarllen rhagor.
problem-audience = Pwy all ei gweld
problem-audience-hint = Pawb sydd wedi mewngofnodi i Microgontractau, neu ddim ond grŵp cymheiriaid rydych wedi ymuno ag ef.
problem-audience-everyone = Pawb sydd wedi mewngofnodi
problem-council = Ei chyhoeddi ar ran
problem-title = Teitl
problem-description = Y broblem
problem-description-hint = Beth sydd o'i le, pwy y mae'n effeithio arnynt a beth rydych am ei newid. Hyd at 4,000 nod.
problem-service = Y gwasanaeth y mae'n ymwneud ag ef (dewisol)
problem-service-hint = Teipiwch eiriau o enw'r gwasanaeth, er enghraifft missed bin collection.
problem-tried = Yr hyn rydych wedi rhoi cynnig arno (dewisol)
problem-links = Dolenni (dewisol)
problem-post-button = Cyhoeddi'r broblem
problem-posted-by = Cyhoeddwyd gan
problem-opportunity = Cyfle
problem-opportunity-link = Gweld y cyfle a wnaed o'r broblem hon
problem-what-next = Beth nesaf
problem-to-opportunity-hint = Ei throi'n gyfle drafft: caiff ei theitl, ei chrynodeb, ei chefndir a'i gwasanaeth eu cario drosodd i chi eu gorffen.
problem-to-opportunity = Ei throi'n gyfle drafft
problem-solve = Ei marcio wedi'i datrys
problem-agenda = Dod â hi i gyfarfod
problem-agenda-none = Ddim ar agenda cyfarfod
problem-agenda-save = Cadw
problem-replies = Cynigion o help
problem-replies-none = Does neb wedi ateb eto.
problem-done-posted = Mae eich problem wedi'i chyhoeddi
problem-done-replied = Mae eich ateb wedi'i gyhoeddi ac mae'r cyngor wedi cael gwybod
problem-done-solved = Mae'r broblem wedi'i marcio wedi'i datrys
problem-done-agenda = Mae'r broblem ar agenda'r cyfarfod
problem-done-off-agenda = Nid yw'r broblem ar agenda'r cyfarfod mwyach
reply-title = Cynnig help
reply-council = Ateb ar ran
reply-kind = Sut gallwch chi helpu?
reply-kind-advice = Cyngor
reply-kind-solved_this = Rydym wedi datrys hyn
reply-kind-practitioner = Gallai ymarferydd helpu
reply-kind-choice-advice = Cyngor
reply-kind-choice-solved_this = Rydym wedi datrys hyn: dyma sut
reply-kind-choice-practitioner = Gallai un o'n hymarferwyr helpu
reply-body = Eich ateb
reply-profile = Yr ymarferydd (ar gyfer "gallai un o'n hymarferwyr helpu")
reply-profile-hint = Ymarferwyr eich cyngor sydd wedi'u rhestru.
reply-profile-none = Dewiswch ymarferydd
reply-see-profile = Gweld proffil { $name }
reply-button = Cyhoeddi'r ateb
error-problem-title = Rhowch deitl y broblem
error-problem-title-too-long = Rhaid i'r teitl fod yn 120 nod neu lai
error-problem-description = Disgrifiwch y broblem
error-problem-description-too-long = Rhaid i'r disgrifiad fod yn 4,000 nod neu lai
error-problem-tried-too-long = Rhaid i'r hyn rydych wedi rhoi cynnig arno fod yn 2,000 nod neu lai
error-problem-council = Dewiswch y cyngor rydych yn cyhoeddi ar ei ran
error-problem-not-open = Nid yw'r broblem ar agor mwyach
error-problem-to-opportunity = Nid oedd modd troi'r broblem yn gyfle drafft
error-problem-agenda-item = Dewiswch gyfarfod i ddod o grŵp rydych wedi ymuno ag ef
error-reply-kind = Dewiswch sut gallwch helpu
error-reply-body = Rhowch eich ateb
error-reply-body-too-long = Rhaid i'r ateb fod yn 2,000 nod neu lai
error-reply-profile = Dewiswch un o ymarferwyr eich cyngor sydd wedi'u rhestru
notify-problem-reply = Mae rhywun wedi cynnig help gyda { $title }
notify-problem-reply-subject = Mae rhywun wedi cynnig help gyda'ch problem
notify-problem-reply-email = Helo,

    Mae rhywun wedi ateb y broblem a gyhoeddwyd gennych, { $title }:

    { $link }

    Microgontractau
audit-action-problem-posted = Wedi cyhoeddi problem
audit-action-problem-replied = Wedi ateb problem
audit-action-problem-solved = Wedi marcio problem wedi'i datrys
audit-action-problem-turned-into-opportunity = Wedi troi problem yn gyfle drafft
audit-action-problem-put-on-agenda = Wedi rhoi problem ar agenda cyfarfod
webhook-meeting = Mae { $group } yn cyfarfod ar { $date }: *{ $theme }*
webhook-see-meeting = Gweld yr agenda a chofrestru
webhook-problem = Mae { $council } yn dod â phroblem: *{ $title }*
webhook-see-problem = Cynnig help
webhook-opportunity = Mae { $council } wedi cyhoeddi cyfle: *{ $title }*
webhook-see-opportunity = Gweld y cyfle
group-projects = Dangos a dweud
group-projects-link = Gweld a dangos prosiectau'r grŵp
groups-projects-link = Prosiectau y mae cynghorau'n eu dangos i bawb
component-projects = Prosiectau sy'n ei darparu
projects-title = Prosiectau y mae cynghorau'n eu dangos
projects-group-title = Prosiectau a ddangoswyd i { $group }
projects-intro = Mae cyngor yn dangos prosiect y mae'n gweithio arno; mae cynghorau eraill yn rhoi adborth, neu'n dweud y byddent yn ei ailddefnyddio neu eu bod yn gwneud yr un peth.
projects-post = Dangos prosiect
projects-none = Does dim prosiectau wedi'u dangos eto.
project-new-title = Dangos prosiect
project-title = Teitl
project-phase = Cam
project-phase-discovery = Darganfod
project-phase-alpha = Alffa
project-phase-beta = Beta
project-phase-live = Byw
project-description = Beth ydyw a'r hyn rydych wedi'i ddysgu
project-component = Y gydran y mae'n ei darparu (dewisol)
project-component-hint = O'r rhestr o gydrannau, fel bod y map galluoedd yn dangos y prosiect.
project-component-none = Dim
project-team = Y tîm (dewisol)
project-team-hint = Ymarferwyr eich cyngor sydd wedi'u rhestru yn y gronfa ac sy'n gweithio arno.
project-post-button = Dangos y prosiect
project-agenda = Ei ddangos mewn cyfarfod
project-responses = Yr hyn a ddywedodd cynghorau eraill
project-responses-none = Does dim cyngor wedi ymateb eto.
project-answer = Eich ateb
project-answer-button = Ateb
project-answer-from = { $council }:
project-done-posted = Mae eich prosiect wedi'i ddangos
project-done-responded = Mae eich ymateb wedi'i gyhoeddi ac mae'r cyngor wedi cael gwybod
project-done-answered = Mae eich ateb wedi'i gyhoeddi
project-done-agenda = Mae'r prosiect ar agenda'r cyfarfod
project-done-off-agenda = Nid yw'r prosiect ar agenda'r cyfarfod mwyach
response-title = Ymateb
response-kind = Beth hoffech chi ei ddweud?
response-kind-feedback = Adborth
response-kind-would_reuse = Byddem yn ailddefnyddio hwn
response-kind-doing_same = Rydym yn gwneud yr un peth
response-kind-choice-feedback = Adborth
response-kind-choice-would_reuse = Byddem yn ailddefnyddio hwn
response-kind-choice-doing_same = Rydym yn gwneud yr un peth
response-button = Cyhoeddi'r ymateb
error-project-title = Rhowch deitl y prosiect
error-project-title-too-long = Rhaid i'r teitl fod yn 120 nod neu lai
error-project-phase = Dewiswch gam y prosiect
error-project-description = Disgrifiwch y prosiect
error-project-description-too-long = Rhaid i'r disgrifiad fod yn 4,000 nod neu lai
error-project-team = Dewiswch ymarferwyr eich cyngor sydd wedi'u rhestru yn y gronfa
error-response-kind = Dewiswch beth hoffech ei ddweud
error-response-body = Rhowch eich ymateb
error-response-body-too-long = Rhaid i'r ymateb fod yn 2,000 nod neu lai
error-response-own-council = Ni allwch ymateb i brosiect eich cyngor eich hun
error-answer-body = Rhowch eich ateb
error-answer-body-too-long = Rhaid i'r ateb fod yn 2,000 nod neu lai
notify-project-response = Mae cyngor wedi ymateb i { $title }
notify-project-response-subject = Mae cyngor wedi ymateb i'ch prosiect
notify-project-response-email = Helo,

    Mae cyngor arall wedi ymateb i'r prosiect a ddangoswyd gennych, { $title }:

    { $link }

    Microgontractau
notify-project-answer = { $title }: mae eich ymateb wedi cael ateb
notify-project-answer-subject = Mae eich ymateb i { $title } wedi cael ateb
notify-project-answer-email = Helo,

    Mae'r cyngor a ddangosodd { $title } wedi ateb eich ymateb:

    { $link }

    Microgontractau
audit-action-project-posted = Wedi dangos prosiect
audit-action-project-responded = Wedi ymateb i brosiect
audit-action-project-answered = Wedi ateb ymateb i brosiect
audit-action-project-put-on-agenda = Wedi rhoi prosiect ar agenda cyfarfod
meeting-status-cancelled = Wedi'i ganslo
meeting-cancel-summary = Canslo'r cyfarfod hwn
meeting-cancel-hint = Caiff pawb sydd wedi cofrestru neu sydd ar y rhestr aros wybod. Mae'r cyfarfod yn aros ar dudalen y grŵp, wedi'i farcio wedi'i ganslo, ac yng nghalendrau pobl fel un wedi'i ganslo.
meeting-cancel-button = Canslo'r cyfarfod
meeting-done-meeting-cancelled = Mae'r cyfarfod wedi'i ganslo ac mae pawb a gofrestrodd wedi cael gwybod
notify-meeting-cancelled = Mae cyfarfod { $group } ar { $date } wedi'i ganslo
notify-meeting-cancelled-subject = Wedi'i ganslo: cyfarfod { $group } ar { $date }
notify-meeting-cancelled-email = Helo,

    Mae cyfarfod { $group } ar { $date }, { $theme }, wedi'i ganslo. Bydd eich calendr yn ei ddangos fel un wedi'i ganslo y tro nesaf y bydd yn darllen eich ffrwd.

    { $link }

    Microgontractau
audit-action-meeting-cancelled = Wedi canslo cyfarfod grŵp cymheiriaid

# Gwesteion cyfarfod
meeting-guests = Gwesteion
meeting-guests-none = Does dim gwesteion wedi'u gwahodd.
meeting-guest-invited = Wedi'i wahodd
meeting-guest-accepted = Wedi derbyn
meeting-guest-may-name = gellir ei enwi
meeting-guest-withdraw = Tynnu'n ôl
meeting-guest-invite = Gwahodd gwestai
meeting-guest-invite-hint = Mae gwesteion o'r tu allan i gynghorau'r grŵp, fel y llywodraeth neu gyflenwyr, yn cael e-bost gyda dolen. Maen nhw'n gweld tudalen ac agenda'r cyfarfod hwn, ac yn cofrestru eu hunain.
meeting-guest-invite-button = Anfon y gwahoddiad
guest-field-name = Enw llawn
guest-field-email = Cyfeiriad e-bost
guest-field-organisation = Sefydliad
meeting-done-guest-invited = Mae gwahoddiad wedi'i anfon at y gwestai
meeting-done-guest-withdrawn = Mae'r gwahoddiad wedi'i dynnu'n ôl
meeting-done-naming = Mae eich dewis wedi'i gadw
meeting-done-welcome-guest = Rydych yn westai yn y cyfarfod hwn. Cofrestrwch isod i gymryd lle.
error-guest-organisation = Rhowch sefydliad y gwestai
error-guest-organisation-too-long = Rhaid i'r sefydliad fod yn 120 nod neu lai
error-guest-invited-already = Mae'r cyfeiriad hwnnw eisoes wedi'i wahodd i'r cyfarfod hwn
error-guest-withdrawn-already = Mae'r gwahoddiad hwnnw eisoes wedi'i dynnu'n ôl
error-guest-sign-in-first = Mae gan y cyfeiriad hwnnw gyfrif yn barod: mewngofnodwch ag ef yn gyntaf
error-guest-other-account = Rydych wedi mewngofnodi â chyfeiriad arall: allgofnodwch, yna dilynwch y ddolen eto
guest-title = Gwahoddiad: { $theme }
guest-intro = { $name }, rydych wedi'ch gwahodd yn westai i gyfarfod { $group } ar { $date }.
guest-what-you-see = Fel gwestai rydych yn gweld tudalen ac agenda'r cyfarfod hwn, ac rydych yn cofrestru ar ei gyfer eich hun.
guest-new-account = Dewiswch gyfrinair i wneud cyfrif gwestai ar gyfer { $email }.
guest-sign-in-first = Mae gan { $email } gyfrif yn barod. Mewngofnodwch ag ef i dderbyn y gwahoddiad.
guest-other-account = Mae'r gwahoddiad hwn ar gyfer { $email }. Allgofnodwch, yna dilynwch y ddolen yn yr e-bost eto.
guest-may-name = Caiff adroddiad cyhoeddedig y cyfarfod fy enwi
guest-may-name-hint = Byddai eich enw a'ch sefydliad yn ymddangos ymhlith y rhai a ddaeth. Gallwch newid hyn yn nes ymlaen ar dudalen y cyfarfod.
guest-naming-save = Cadw
guest-accept = Derbyn y gwahoddiad
guest-link-invalid-body = Mae'r gwahoddiad hwn wedi'i dderbyn neu ei dynnu'n ôl, neu mae'r cyfarfod drosodd. Gofynnwch i arweinydd y grŵp am un newydd.
email-guest-subject = Gwahoddiad i { $group }: { $theme }
email-guest-body = Helo { $name },

    Rydych wedi'ch gwahodd yn westai i gyfarfod { $group } "{ $theme }" ar { $date }.

    I dderbyn, ac i gofrestru am le, agorwch y ddolen hon:

    { $link }

    Mae'r ddolen yn gweithio unwaith, nes i'r cyfarfod ddod i ben. Os nad oeddech yn disgwyl hyn, gallwch anwybyddu'r e-bost hwn.
role-meeting_guest = Gwestai yng nghyfarfod grŵp cymheiriaid

# Dewisiadau hysbysiadau
preferences-title = Negeseuon e-bost hysbysu
preferences-back = Eich cyfrif
preferences-account-link = Dewis pa hysbysiadau a anfonir atoch drwy e-bost
preferences-intro = Mae popeth y cewch wybod amdano yn ymddangos ar eich tudalen hysbysiadau. Chi sy'n dewis pa rai ohonynt a anfonir atoch drwy e-bost hefyd.
preferences-legend = Sut i anfon e-bost atoch am bob math o hysbysiad
preferences-hint = Mae crynodeb dyddiol yn un e-bost bob bore am 7am sy'n rhestru popeth o'r mathau a ddewisoch ar ei gyfer ers yr un diwethaf.
preferences-save = Cadw
preferences-saved = Mae eich dewisiadau wedi'u cadw
email-preferences-footer = I ddewis pa hysbysiadau a anfonir atoch drwy e-bost, a sut: { $link }
delivery-immediately = E-bost ar unwaith
delivery-daily = Crynodeb dyddiol
delivery-off = Dim e-bost
topic-approvals = Pethau sy'n aros i chi eu cymeradwyo, eu derbyn neu eu hateb
topic-bookings = Archebion, contractau ac amrywiadau
topic-applications = Cyfleoedd, ceisiadau a hysbysiadau chwilio
topic-questions = Cwestiynau am gyfleoedd, ac atebion
topic-time = Amser wedi'i gofnodi, ei gymeradwyo neu ei holi
topic-invoices = Anfonebau a nodiadau credyd
topic-groups = Grwpiau cymheiriaid: cyfarfodydd, agendâu, camau gweithredu a chynnal
topic-profile = Rhestriad eich proffil yn y gronfa
topic-components = Cydrannau a gynigiwyd gennych ar gyfer y map galluoedd
topic-posts = Atebion i'ch problemau ac ymatebion i'ch prosiectau
error-notification-topic = Dewiswch sut i anfon e-bost atoch am bob math o hysbysiad a restrir
error-notification-delivery = Dewiswch e-bost ar unwaith, crynodeb dyddiol neu ddim e-bost ar gyfer pob math o hysbysiad
email-digest-subject = { $count ->
    [zero] Eich crynodeb dyddiol: dim hysbysiadau
    [one] Eich crynodeb dyddiol: 1 hysbysiad
    [two] Eich crynodeb dyddiol: 2 hysbysiad
    [few] Eich crynodeb dyddiol: 3 hysbysiad
    [many] Eich crynodeb dyddiol: 6 hysbysiad
   *[other] Eich crynodeb dyddiol: { $count } hysbysiad
}
email-digest-intro = { $count ->
    [one] Dyma beth sydd wedi digwydd ers eich crynodeb diwethaf.
   *[other] Dyma'r { $count } peth sydd wedi digwydd ers eich crynodeb diwethaf.
}

## Ail ffactor (issue 19, item 4)
second-factor-title = Mewngofnodi dau gam
second-factor-account-link = Gofyn am god o ap dilysu yn ogystal â'ch cyfrinair
second-factor-intro = Gyda mewngofnodi dau gam, mae mewngofnodi'n gofyn am god 6 digid o ap dilysu ar eich ffôn (fel Microsoft Authenticator neu Google Authenticator) ar ôl eich cyfrinair, fel nad yw cyfrinair wedi'i ddwyn yn ddigon.
second-factor-required = Mae cyngor rydych yn perthyn iddo yn gofyn am fewngofnodi dau gam. Trefnwch ef i barhau i ddefnyddio'r gwasanaeth.
second-factor-start = Trefnu mewngofnodi dau gam
second-factor-set-up-title = Trefnu eich ap dilysu
second-factor-step-app = Agorwch eich ap dilysu ac ychwanegwch gyfrif.
second-factor-step-scan = Sganiwch y cod QR, neu teipiwch y gyfrinach isod yn yr ap. Yna rhowch y cod 6 digid y mae'r ap yn ei ddangos.
second-factor-qr = Cod QR y gyfrinach ar gyfer eich ap dilysu
second-factor-secret = Y gyfrinach, i'w theipio os na allwch sganio'r cod:
second-factor-code = Cod
second-factor-code-hint = Y cod 6 digid o'ch ap dilysu, er enghraifft 123456
second-factor-confirm = Troi mewngofnodi dau gam ymlaen
second-factor-on = Mae mewngofnodi dau gam ymlaen
second-factor-codes-title = Eich codau adfer
second-factor-codes-intro = Os byddwch yn colli eich ffôn, mewngofnodwch ag un o'r codau hyn yn lle cod o'r ap. Mae pob un yn gweithio unwaith.
second-factor-codes-once = Cadwch y codau hyn yn rhywle diogel nawr: dim ond unwaith y cânt eu dangos.
second-factor-codes-left = { $count ->
    [zero] Does gennych chi ddim codau adfer ar ôl.
    [one] Mae gennych 1 cod adfer ar ôl.
    [two] Mae gennych 2 god adfer ar ôl.
    [few] Mae gennych 3 chod adfer ar ôl.
    [many] Mae gennych 6 chod adfer ar ôl.
   *[other] Mae gennych { $count } cod adfer ar ôl.
}
second-factor-renew = Gwneud codau adfer newydd (mae'r hen rai'n peidio â gweithio)
second-factor-off-title = Diffodd mewngofnodi dau gam
second-factor-turn-off = Diffodd mewngofnodi dau gam
second-factor-cannot-turn-off = Mae cyngor rydych yn perthyn iddo yn gofyn am fewngofnodi dau gam, felly ni ellir ei ddiffodd.
second-factor-done-on = Mae mewngofnodi dau gam ymlaen
second-factor-done-off = Mae mewngofnodi dau gam wedi'i ddiffodd
second-factor-done-renewed = Mae gennych godau adfer newydd
error-second-factor-code = Rhowch y cod y mae eich ap dilysu yn ei ddangos nawr, neu un o'ch codau adfer
error-second-factor-on = Mae mewngofnodi dau gam ymlaen yn barod
error-second-factor-off = Nid yw mewngofnodi dau gam ymlaen
error-second-factor-not-started = Dechreuwch drefnu mewngofnodi dau gam yn gyntaf
error-second-factor-required = Mae cyngor rydych yn perthyn iddo yn gofyn am fewngofnodi dau gam, felly ni ellir ei ddiffodd
sign-in-code-title = Rhowch eich cod
sign-in-code-intro = Agorwch eich ap dilysu a rhowch y cod y mae'n ei ddangos ar gyfer Microgontractau. Os ydych wedi colli eich ffôn, rhowch un o'ch codau adfer.
sign-in-code-hint = 6 digid o'r ap, neu god adfer fel abcde-fgh23
sign-in-code-again = Dechrau mewngofnodi eto
council-second-factor-title = Mewngofnodi dau gam
council-second-factor-on = Rhaid i bawb yn y cyngor hwn ddefnyddio mewngofnodi dau gam: gofynnir i bobl hebddo ei drefnu cyn y gallant barhau.
council-second-factor-off = Caiff pobl yn y cyngor hwn ddewis a ydynt am ddefnyddio mewngofnodi dau gam.
council-second-factor-require = Gofyn i bawb yn y cyngor hwn ddefnyddio mewngofnodi dau gam
council-second-factor-stop = Peidio â gofyn am fewngofnodi dau gam
council-second-factor-done-required = Rhaid i bawb yn y cyngor hwn ddefnyddio mewngofnodi dau gam nawr
council-second-factor-done-not-required = Mae mewngofnodi dau gam bellach yn ddewis i bob person
audit-action-second-factor-on = Wedi troi mewngofnodi dau gam ymlaen
audit-action-second-factor-off = Wedi diffodd mewngofnodi dau gam
audit-action-second-factor-recovery-renewed = Wedi gwneud codau adfer newydd
audit-action-second-factor-requirement = Wedi newid a oes angen mewngofnodi dau gam

## Data contractio agored (issue 19, item 1)
ocds-booking-method = Wedi'i archebu'n uniongyrchol o blith ymarferwyr rhestredig cyngor arall
ocds-method-specialist = Galwad am arbenigwr digidol cyngor, yn null Digital Outcomes and Specialists
ocds-method-outcome = Galwad am dîm cyngor i gyflawni canlyniad, yn null Digital Outcomes and Specialists
ocds-item = Amser ymarferydd digidol
ocds-unit-hour = Awr
ocds-weights = Pwysoliad: cymhwysedd technegol { $technical }%, addasrwydd diwylliannol { $cultural }%, pris { $price }%.
ocds-essential = Sgiliau a phrofiad hanfodol: { $criteria }.
ocds-nice = Sgiliau a phrofiad dymunol: { $criteria }.
ocds-change-summary = Cafodd y crynodeb ei gywiro
ocds-change-clarification = Ychwanegwyd eglurhad
ocds-change-closing_time = Estynnwyd yr amser cau
ocds-contract-title = Gwasanaethau cyngor i gyngor: { $service }
ocds-variation = Amrywiad { $version }, wedi'i gytuno gan y ddau gyngor
email-unsubscribe-digest = I atal crynodebau dyddiol (bydd eu hysbysiadau wedyn yn cael eu dangos yn y gwasanaeth yn unig): { $link }
email-unsubscribe-alerts = I atal negeseuon e-bost am gyfleoedd, ceisiadau a hysbysiadau chwilio: { $link }
unsubscribe-title = Atal y negeseuon e-bost hyn
unsubscribe-digest = Atal eich crynodeb dyddiol o hysbysiadau? Bydd yr hysbysiadau ynddo'n dal i gael eu dangos yn y gwasanaeth.
unsubscribe-kind = Atal negeseuon e-bost am { $kind }? Byddant yn dal i gael eu dangos yn y gwasanaeth.
unsubscribe-confirm = Atal y negeseuon e-bost hyn
unsubscribe-done-title = Ni chewch y negeseuon e-bost hyn
unsubscribe-done-digest = Mae eich crynodeb dyddiol wedi'i atal. Mae eich hysbysiadau'n dal i gael eu dangos yn y gwasanaeth.
unsubscribe-done-kind = Mae negeseuon e-bost am { $kind } wedi'u hatal. Maen nhw'n dal i gael eu dangos yn y gwasanaeth.
unsubscribe-preferences = Gallwch ddewis sut caiff pob math o hysbysiad ei anfon drwy e-bost ar eich tudalen dewisiadau hysbysiadau ar ôl i chi fewngofnodi.
unsubscribe-preferences-link = Dewis sut caiff hysbysiadau eu hanfon drwy e-bost

## Mewngofnodi â chyfrif eich sefydliad (darparwr OpenID Connect y cyngor ei hun)
sign-in-with-organisation = Mewngofnodi â chyfrif eich sefydliad
sign-in-use-organisation = Mae eich cyngor yn eich mewngofnodi â chyfrif eich sefydliad, nid cyfrinair yma. Mewngofnodwch â chyfrif eich sefydliad.
sign-up-use-organisation = Mae eich cyngor yn eich mewngofnodi â chyfrif eich sefydliad: nid oes angen i chi gofrestru. Mewngofnodwch â chyfrif eich sefydliad yn lle hynny.
organisation-sign-in-title = Mewngofnodi â chyfrif eich sefydliad
organisation-sign-in-intro = Os yw eich cyngor yn mewngofnodi gyda Microsoft, Google neu gyfrif arall y mae'n ei roi i chi, rhowch eich cyfeiriad e-bost gwaith. Byddwn yn eich anfon at eich sefydliad i fewngofnodi, yna'n dod â chi'n ôl yma.
organisation-sign-in-email-hint = Y cyfeiriad a roddodd eich cyngor i chi, fel enw@cyngor.gov.uk
organisation-sign-in-submit = Parhau i'ch sefydliad
organisation-sign-in-password = Mewngofnodi â chyfrinair yn lle hynny
organisation-sign-in-none = Nid yw eich cyngor yn mewngofnodi â'i gyfrifon ei hun yma. Mewngofnodwch â chyfrinair yn lle hynny.
organisation-sign-in-unreachable = Nid oeddem yn gallu cyrraedd gwasanaeth mewngofnodi eich sefydliad. Rhowch gynnig arall arni yn nes ymlaen, neu gofynnwch i weinyddwr eich cyngor wirio ei osodiadau.
organisation-sign-in-failed-title = Nid ydych wedi mewngofnodi
organisation-sign-in-failed-state = Ni ddechreuwyd y mewngofnodi hwn yn y porwr hwn, cymerodd fwy na 10 munud, neu cafodd ei ddefnyddio'n barod. Dechreuwch eto.
organisation-sign-in-failed-cancelled = Ni wnaeth eich sefydliad eich mewngofnodi. Efallai eich bod wedi canslo, neu efallai na chaniateir i'ch cyfrif ddefnyddio'r gwasanaeth hwn.
organisation-sign-in-failed-unverified = Mae eich sefydliad yn dweud nad yw eich cyfeiriad e-bost wedi'i ddilysu. Gofynnwch i dîm TG eich cyngor wirio eich cyfrif.
organisation-sign-in-failed-address = Nid oes gan gyfrif eich sefydliad gyfeiriad e-bost mewn parth cyngor sy'n mewngofnodi fel hyn. Gofynnwch i weinyddwr eich cyngor.
organisation-sign-in-failed-untrusted = Nid oedd modd gwirio ateb eich sefydliad, felly ni wnaethom eich mewngofnodi. Rhowch gynnig arall arni, neu gofynnwch i weinyddwr eich cyngor wirio ei osodiadau mewngofnodi.
organisation-sign-in-again = Dechrau mewngofnodi eto

## Darparwr mewngofnodi cyngor
provider-heading = Mewngofnodi â chyfrifon eich sefydliad
provider-summary = Gall pobl yn y cyngor hwn fewngofnodi â'r cyfrifon y mae eich sefydliad yn eu rhoi iddynt (Microsoft Entra ID, Google Workspace neu ddarparwr OpenID Connect arall).
provider-manage = Trefnu mewngofnodi â chyfrifon eich sefydliad
provider-title = Darparwr mewngofnodi ar gyfer { $council }
provider-intro = Cofrestrwch Microgontractau fel rhaglen we gyda darparwr OpenID Connect eich sefydliad, yna rhowch yr hyn y mae'r darparwr yn ei roi i chi. Bydd pobl sydd â chyfeiriad e-bost yn y parthau a ddewiswch yn mewngofnodi yno.
provider-redirect-intro = Y cyfeiriad ailgyfeirio i'w gofrestru gyda'ch darparwr:
provider-issuer = Cyfeiriad y cyhoeddwr
provider-issuer-hint = Er enghraifft https://login.microsoftonline.com/your-tenant-id/v2.0 neu https://accounts.google.com
provider-client-id = ID y cleient
provider-client-secret = Cyfrinach y cleient
provider-client-secret-hint = Rydym yn ei chadw wedi'i hamgryptio ac ni fyddwn byth yn ei dangos eto.
provider-client-secret-kept = Mae cyfrinach wedi'i chadw. Gadewch hwn yn wag i'w chadw, neu rhowch un newydd i'w disodli.
provider-domains = Parthau e-bost sy'n mewngofnodi gyda'r darparwr hwn
provider-domains-hint = Dewiswch bob un sy'n berthnasol.
provider-required = Gofyn i bawb sydd â'r parthau hyn fewngofnodi gyda'r darparwr
provider-required-hint = Ni fydd cyfrineiriau'n cael eu derbyn ar gyfer y parthau hyn.
provider-save = Cadw'r darparwr mewngofnodi
provider-remove-title = Peidio â mewngofnodi â chyfrifon eich sefydliad
provider-remove-intro = Bydd pobl yn mewngofnodi â chyfrineiriau eto. Gall y rhai heb un osod un drwy ailosod cyfrinair.
provider-remove = Tynnu'r darparwr mewngofnodi
provider-back = Yn ôl i'r aelodau
provider-done-saved = Mae'r darparwr mewngofnodi wedi'i gadw
provider-done-removed = Mae'r darparwr mewngofnodi wedi'i dynnu
error-provider-issuer-required = Rhowch gyfeiriad y cyhoeddwr
error-provider-issuer-invalid = Rhowch gyfeiriad y cyhoeddwr fel y mae eich darparwr yn ei roi, yn dechrau gyda https://
error-provider-client-id-required = Rhowch ID y cleient
error-provider-client-secret-required = Rhowch gyfrinach y cleient
error-provider-domains-required = Dewiswch o leiaf un parth e-bost
error-provider-domain-not-council = Dewiswch barthau e-bost y cyngor hwn yn unig

## Iaith
language-switch = Newid yr iaith
language-name-en = English
language-name-cy = Cymraeg

## Dyddiadau ac amserau
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
month-short-1 = Ion
month-short-2 = Chwef
month-short-3 = Maw
month-short-4 = Ebr
month-short-5 = Mai
month-short-6 = Meh
month-short-7 = Gorff
month-short-8 = Awst
month-short-9 = Medi
month-short-10 = Hyd
month-short-11 = Tach
month-short-12 = Rhag
clock-am = yb
clock-pm = yp

## Problemau'r API (application/problem+json): teitl i bob math, yna'r manylion
api-title-bad-request = Nid yw'r cais yn ddilys
api-title-invalid-parameter = Nid yw paramedr yn ddilys
api-title-invalid-body = Nid yw'r corff yn cyfateb i'r sgema
api-title-unsupported-media-type = Anfonwch y corff fel application/json
api-title-control-characters = Ni dderbynnir nodau rheoli
api-title-too-large = Mae corff y cais yn rhy fawr
api-title-unauthorised = Mae angen dilysu
api-title-forbidden = Gwaharddedig
api-title-insufficient-scope = Nid oes gan y tocyn y cwmpas
api-title-not-found = Heb ddod o hyd iddo
api-title-method-not-allowed = Ni chaniateir y dull
api-title-conflict = Nid yw'n bosibl nawr
api-title-refused = Nid yw'n bosibl nawr
api-title-no-capacity = Dim digon o oriau rhydd
api-title-discarded = Wedi'i daflu
api-title-too-many-requests = Gormod o geisiadau
api-title-unavailable = Nid yw'r gwasanaeth ar gael
api-title-internal = Gwall mewnol
api-title-error = Nid oedd modd ateb y cais
api-unavailable = Ni all y gwasanaeth gyrraedd ei gronfa ddata ar hyn o bryd. Rhowch gynnig arall arni mewn ychydig eiliadau.
api-internal = Nid oedd modd i'r gwasanaeth ateb. Rhowch gynnig arall arni yn nes ymlaen.
api-forbidden = Ni chaiff eich cyfrif wneud hyn.
api-not-understood = Nid oedd modd darllen y cais: { $reason }
api-control-characters = Mae nod rheoli (fel NUL) yn { $part } y cais, ac nid oes maes yn ei dderbyn.
api-too-large = Anfonwch { $bytes } beit ar y mwyaf.
api-no-resource = Nid oes adnodd API o'r fath.
api-no-token = Anfonwch docyn mynediad personol fel Authorization: Bearer <token>. Gallwch greu un ar dudalen eich cyfrif.
api-token-not-valid = Nid yw'r tocyn yn ddilys, mae wedi dod i ben neu mae wedi'i ddiddymu.
api-scope-needed = Mae angen tocyn â'r cwmpas { $scope } ar gyfer hyn.
api-rate-limited = Caiff y tocyn hwn wneud { $count } cais y funud. Arhoswch cyn rhoi cynnig arall arni.
api-field-refused = { $field }: { $message }
api-no-such-release = Nid oes proses gontractio â'r ocid hwnnw.
api-moment = Dyddiad (BBBB-MM-DD) neu amser RFC 3339.
api-until-after-since = Rhaid i "until" fod yn hwyrach na "since".
api-cursor-unknown = Nid yw'r cyrchwr yn un a roddodd yr API hwn: dechreuwch eto hebddo.
api-limit-range = Rhif cyfan o { $least } i { $most }.
api-text-too-long = Rhaid i { $name } fod yn { $most } nod argraffadwy ar y mwyaf.
api-side = Rhowch yr ochr fel buyer neu supplier.
api-no-listed-profile = Nid oes proffil rhestredig â'r rhif adnabod hwnnw.
api-no-level = Nid oes lefel DDaT o'r fath.
api-no-profile = Nid oes proffil o'r fath.
api-no-profile-for-you = Nid oes proffil o'r fath, neu ni chewch ei weld.
api-profile-state = Ni ellir newid y proffil fel hyn yn ei gyflwr presennol.
api-no-own-profile = Nid ydych wedi dechrau proffil. Dechreuwch un ar y wefan.
api-no-week = Nid oes wythnos ISO o'r fath: rhowch un fel 2026-W52.
api-no-council = Nid oes cyngor â'r cod hwnnw.
api-no-service = Nid oes gwasanaeth â'r rhif adnabod hwnnw.
api-no-opportunity = Nid oes cyfle na chais o'r fath, neu nid yw'n un i chi ei weld.
api-only-practitioners = Dim ond ymarferwyr sy'n gofyn ac yn gwneud cais.
api-only-applicant = Dim ond yr ymgeisydd all dynnu cais yn ôl.
api-no-deal = Nid oes archeb na chontract o'r fath, neu nid yw'n un i chi ei weld.
api-no-money = Nid oes contract, anfoneb na chyngor o'r fath, neu nid yw'n un i chi ei weld.
api-discarded = Cafodd y drafft ei daflu.
api-no-group-thing = Nid oes { $what ->
    [group] grŵp cymheiriaid
    [meeting] cyfarfod
    [item] eitem agenda
   *[other] cofnod
} o'r fath.
api-no-post = Nid oes { $what ->
    [problem] problem
    [project] prosiect
    [group] grŵp cymheiriaid
   *[other] cofnod
} o'r fath, neu nid yw'n un i chi ei weld.
api-no-map-thing = Nid oes { $what ->
    [service] gwasanaeth
    [component] cydran
    [council] cyngor
    [entry] cofnod map
    [mapping] gwasanaeth, gallu na chyngor
   *[other] cofnod
} o'r fath.
api-account-gone = Nid yw cyfrif y tocyn yn bodoli mwyach.
api-not-on-list = Nid yw gwerth ar ei restr gyfeirio.
api-iso-week = Rhowch wythnos ISO fel 2026-W50.
api-weeks-order = Ni chaiff to_week fod cyn from_week.
api-region = Rhowch ranbarth fel y mae rhestr y cynghorau yn ei enwi, e.e. South East.
api-negative = Ni all symiau fod yn negyddol.
api-page-range = Rhaid i page fod o 1 i 50.
api-quarter-hours = Rhowch funudau mewn chwarteri awr, o 0 i 2400.
api-available-order = Ni chaiff available_to fod cyn available_from.
api-rate-range = Rhowch gyfradd o 1 i 100000 ceiniog.
api-send-json = Anfonwch y corff gyda Content-Type: application/json.
api-not-json = Nid yw'r corff yn JSON dilys: { $reason }
api-not-schema = Nid yw'r corff yn cyfateb i'r sgema: { $reason }
api-no-releases = Nid oes datganiadau wedi'u dyddio yn y cyfnod hwnnw.

## Argymhellion ar gyfer cyfle (domain::recommendations)
recommend-title = Ymarferwyr a argymhellir
recommend-link = Ymarferwyr a argymhellir
recommend-link-draft = Gweld pwy allai wneud y gwaith hwn, a'u gwahodd i wneud cais
recommend-intro = Ymarferwyr rhestredig mewn cynghorau eraill a allai wneud y gwaith hwn, y gorau yn gyntaf: y rhai sydd wedi gweithio ar ei wasanaeth, sydd â'i rôl a'i sgiliau, sydd ag oriau rhydd yn ei wythnosau ac sy'n codi tâl o fewn ei gyfradd uchaf. Gwahoddwch y bobl yr hoffech iddynt wneud cais; dywedir wrthynt hwy a'u rheolwr.
recommend-why = Pam
recommend-none = Nid oes neb mewn cynghorau eraill yn cyfateb i'r cyfle hwn eto. Rhowch wasanaeth, rôl neu'r sgiliau sydd eu hangen arnoch iddo, a bydd y rhai sydd â nhw yn ymddangos yma.
recommend-invite = Gwahodd { $name } i wneud cais
recommend-invited = Wedi'i wahodd i wneud cais
recommend-done-invited = Maen nhw wedi cael eu gwahodd i wneud cais
recommend-invitations = Wedi'u gwahodd i wneud cais
recommend-no-invitations = Nid oes neb wedi cael ei wahodd i wneud cais eto.
recommend-invitation-person = Ymarferydd
recommend-invitation-council = Cyngor
recommend-invitation-sent = Gwahoddwyd
recommend-invitation-applied = Wedi gwneud cais
recommend-applied-yes = Do
recommend-applied-no = Ddim eto
recommend-reason-done-before = Wedi gwneud “{ $title }” ar gyfer y gwasanaeth hwn yn { $council }
recommend-reason-service = Wedi gweithio ar y gwasanaeth hwn yn { $council }
recommend-reason-role = { $level }
recommend-reason-level-asked = Ar y lefel y gofynnwyd amdani
recommend-reason-level-near = Un lefel o'r un y gofynnwyd amdani
recommend-reason-skills = Sgiliau: { $skills }
recommend-reason-free-hours = { $hours } awr rydd yr wythnos yn y cyfnod
recommend-reason-rate = Cyfradd o fewn eich uchafswm
recommend-reason-work-mode = Yn gallu gweithio yn y ffordd y mae'r gwaith hwn yn cael ei wneud
recommend-reason-rated = { $count ->
    [zero] Sgôr { $rating } gan { $count } prynwr
    [one] Sgôr { $rating } gan 1 prynwr
    [two] Sgôr { $rating } gan 2 brynwr
    [few] Sgôr { $rating } gan { $count } phrynwr
    [many] Sgôr { $rating } gan { $count } prynwr
   *[other] Sgôr { $rating } gan { $count } prynwr
}
recommend-fit-title = Cyfleoedd sy'n addas i chi
recommend-fit-none = Nid oes cyfle agored yn addas i'ch proffil rhestredig eto: maen nhw'n cael eu paru ar eich gwasanaethau, eich rôl, eich sgiliau, eich oriau rhydd a'ch cyfradd.
recommend-fit-all = Gweld pob cyfle
recommend-fit-reason-done-before = Fe wnaethoch chi “{ $title }” ar gyfer y gwasanaeth hwn
recommend-fit-reason-service = Rydych wedi gweithio ar y gwasanaeth hwn
recommend-fit-reason-rate = Mae eich cyfradd o fewn ei uchafswm
recommend-fit-reason-work-mode = Rydych yn gallu gweithio yn y ffordd y mae'r gwaith hwn yn cael ei wneud
recommend-alike-title = Pobl debyg
recommend-alike-intro = Ymarferwyr rhestredig mewn cynghorau eraill sydd wedi gweithio ar yr un gwasanaethau neu sydd â'r un sgiliau.
recommend-alike-services = Hefyd wedi gweithio ar
recommend-alike-skills = Hefyd yn fedrus mewn
error-invite-closed = Dim ond tra bo'r cyfle yn ddrafft neu ar agor y gellir gwahodd ymarferwyr
audit-action-opportunity-practitioner-invited = Gwahoddodd ymarferydd i wneud cais
notify-opportunity-person-invited = Mae { $council } yn eich gwahodd i wneud cais am { $title }
notify-opportunity-person-invited-subject = Mae { $council } yn eich gwahodd i wneud cais am { $title }
notify-opportunity-person-invited-email = Helo { $name },

    Mae { $council } wedi gweld eich proffil ac yn eich gwahodd i wneud cais am { $title }. Darllenwch y cyfle a gwnewch gais yma:

    { $link }

    Microgontractau
notify-opportunity-colleague-invited = Mae { $name } wedi cael gwahoddiad i wneud cais am { $title } gan { $council }
notify-opportunity-colleague-invited-subject = Mae { $name } wedi cael gwahoddiad i wneud cais am { $title }
notify-opportunity-colleague-invited-email = Helo,

    Mae { $council } wedi gwahodd { $name }, o'ch cyngor chi, i wneud cais am { $title }. Os byddant yn gwneud cais, gofynnir i chi gymeradwyo'r cais:

    { $link }

    Microgontractau

network-title = Rhwydwaith cydweithio
network-intro = Pa gynghorau sy'n benthyg amser ymarferwyr i ba rai, o gontractau wedi'u llofnodi ac amser wedi'i gymeradwyo. Mae pob cyngor yn gylch sy'n tyfu gyda'r oriau a roddodd ac a gafodd; mae pob llinell yn rhedeg o'r benthyciwr i'r benthycwr, mor drwchus â'r oriau rhyngddynt. Dewiswch gyngor i weld ei bartneriaid a'i gydbwysedd.
network-from = O
network-to = I
network-show = Dangos y rhwydwaith
network-quarter = { $first }–{ $last } { $year }
network-quarter-heading = Chwarter
network-period = { $first } i { $last }
network-summary = { $councils ->
    [one] 1 cyngor
   *[other] { $councils } cyngor
} mewn { $pairs ->
    [one] 1 berthynas fenthyg
   *[other] { $pairs } perthynas fenthyg
}
network-csv = Lawrlwytho'r tabl (CSV)
network-json = Y rhwydwaith fel JSON
network-none = Ni fenthycodd unrhyw gyngor amser i un arall yn y cyfnod hwn.
network-map-hint = Mae'r un ffigurau yn y tabl o dan y map.
network-map-title = Cynghorau'n benthyg amser ymarferwyr i'w gilydd, { $period }
network-node-label = { $council }: rhoddodd { $given } awr, cafodd { $received } awr
network-table = Benthyg rhwng cynghorau
network-lender = Benthyciwr
network-borrower = Benthycwr
network-settlement = Wedi'i setlo mewn
network-settled-money = Arian
network-settled-hour_credits = Credydau oriau
network-settled-both = Arian a chredydau oriau
network-contracts = Contractau wedi'u llofnodi
network-hours = Oriau wedi'u cymeradwyo
network-value = Gwerth mewn arian
network-credit-hours = Oriau mewn credydau
network-council-title = { $council } yn y rhwydwaith
network-back = Yn ôl i'r rhwydwaith
network-given = Oriau a roddwyd
network-received = Oriau a gafwyd
network-hours-value = { $hours } awr
network-balance = Cydbwysedd
network-balance-gave = Rhoddodd { $hours } awr yn fwy nag a gafodd
network-balance-took = Cafodd { $hours } awr yn fwy nag a roddodd
network-earned = Enillwyd
network-spent = Gwariwyd
network-credit-balance = Credydau oriau
network-credits-owed = { $hours } awr yn ddyledus
network-partners = Partneriaid
network-partner = Cyngor
network-lent-to = Oriau a fenthycwyd iddynt
network-borrowed-from = Oriau a fenthycwyd ganddynt
network-no-partners = Ni fenthycodd na benthyg y cyngor hwn amser yn y cyfnod hwn.
network-trend = Oriau fesul chwarter
network-trend-desc = Oriau a roddodd ac a gafodd { $council } ym mhob chwarter o'r cyfnod.
nav-network = Rhwydwaith
error-network-quarter = Dewiswch chwarter o'r rhestr
error-network-order = Rhaid i'r chwarter cyntaf fod yr un fath â'r olaf neu cyn hynny
error-network-too-long = Dewiswch gyfnod o 20 chwarter (5 mlynedd) neu lai
statistics-title = Ystadegau'r sector
statistics-intro = Yr hyn y mae cynghorau wedi'i wneud ar Microgontractau yn yr wyth chwarter ariannol diwethaf: faint sy'n cymryd rhan, yr ymarferwyr y maen nhw'n eu rhestru, yr oriau y maen nhw'n eu contractio ac yn eu gweithio i'w gilydd a gwerth yr oriau hynny, a'r cyfleoedd y maen nhw'n eu cyhoeddi ac yn eu dyfarnu.
statistics-councils = Cynghorau sy'n cymryd rhan
statistics-practitioners = Ymarferwyr wedi'u rhestru
statistics-worked-total = Oriau a weithiwyd, wyth chwarter
statistics-value-total = Gwerth, wyth chwarter
statistics-awarded-total = { $count ->
    [one] 1 cyfle wedi'i ddyfarnu yn yr wyth chwarter.
   *[other] { $count } cyfle wedi'u dyfarnu yn yr wyth chwarter.
}
statistics-contracted = Oriau a gontractiwyd
statistics-worked = Oriau a weithiwyd
statistics-value = Gwerth
statistics-published = Cyfleoedd a gyhoeddwyd
statistics-awarded = Cyfleoedd a ddyfarnwyd
statistics-median = Canolrif y dyddiau hyd at ddyfarnu
statistics-no-awards = Dim wedi'u dyfarnu
statistics-hours-chart = Oriau a gontractiwyd ac a weithiwyd fesul chwarter
statistics-hours-chart-desc = Oriau a gytunwyd mewn contractau a lofnodwyd ym mhob chwarter, ac oriau a weithiwyd ynddo ac a gymeradwywyd.
statistics-value-chart = Gwerth yr amser a weithiwyd fesul chwarter
statistics-value-chart-desc = Gwerth yr amser a gymeradwywyd ac a setlwyd mewn arian, yn ôl y chwarter y'i gweithiwyd ynddo.
statistics-opportunities-chart = Cyfleoedd a gyhoeddwyd ac a ddyfarnwyd fesul chwarter
statistics-opportunities-chart-desc = Cyfleoedd a gyhoeddwyd ym mhob chwarter, a'r rhai a ddyfarnwyd ynddo.
statistics-table = Ffigurau fesul chwarter
statistics-notes = Mae gan gynghorau sy'n cymryd rhan o leiaf un aelod. Ymarferwyr wedi'u rhestru yw'r rhai sydd wedi'u rhestru nawr, wedi'u cyfrif o'r adeg y cawsant eu rhestru gyntaf. Oriau a gontractiwyd yw'r oriau a gytunwyd mewn contractau a lofnodwyd yn y chwarter; oriau a weithiwyd yw amser a gymeradwywyd, yn ôl pryd y'i gweithiwyd; gwerth yw'r amser a gymeradwywyd ac a setlwyd mewn arian, ar gyfraddau'r contractau. Y canolrif yw canol y dyddiau o gyhoeddi i ddyfarnu ar gyfer y cyfleoedd a ddyfarnwyd yn y chwarter.
footer-statistics = Ystadegau

## Platform dashboard
dashboard-at-a-glance = Cipolwg
dashboard-signups-week = Cyfrifon a wnaed yn y 7 diwrnod diwethaf
dashboard-signups-month = Cyfrifon a wnaed yn y 30 diwrnod diwethaf
dashboard-profiles-awaiting = Proffiliau sy'n aros i'w cyngor eu cymeradwyo
dashboard-components-proposed = Cydrannau sy'n aros i gael eu hadolygu
dashboard-bookings-lapsing = Ceisiadau archebu a fydd yn dod i ben o fewn { $hours } awr
dashboard-invoices-overdue = Anfonebau sy'n hwyr
dashboard-emails-failed = Negeseuon e-bost na ellid eu hanfon
dashboard-see-oldest = Gweld yr hynaf
dashboard-see-soonest = Gweld y cynharaf
dashboard-see-failed = Eu gweld
dashboard-review = Adolygu
dashboard-profiles-awaiting-heading = Proffiliau sydd wedi aros hiraf am gymeradwyaeth
dashboard-bookings-lapsing-heading = Ceisiadau archebu sydd ar fin dod i ben
dashboard-invoices-overdue-heading = Anfonebau sydd wedi bod yn hwyr hiraf
dashboard-signups-heading = Y cyfrifon diweddaraf
dashboard-none = Dim.
dashboard-practitioner = Ymarferydd
dashboard-person = Person
dashboard-council = Cyngor
dashboard-no-council = Heb ymuno â chyngor eto
dashboard-waiting-since = Yn aros ers
dashboard-lender = Cyngor sy'n benthyca
dashboard-borrower = Cyngor sy'n benthyg
dashboard-waiting-for = Yn aros am
dashboard-booking-requested = Yr ymarferydd i ateb
dashboard-booking-accepted = Rheolwr i gymeradwyo
dashboard-lapses = Yn dod i ben
dashboard-invoice = Anfoneb
dashboard-due = Yn ddyledus
dashboard-total = Cyfanswm
dashboard-joined = Gwnaed
outbox-showing-failed = Yn dangos dim ond negeseuon e-bost na ellid eu hanfon.
outbox-show-all = Dangos pob neges e-bost

## Y gofrestr contractau (Cod Tryloywder Llywodraeth Leol)
register-title = Cofrestr contractau: { $council }
register-heading = Cofrestr contractau
register-intro = Pob contract wedi'i lofnodi a osododd y cyngor hwn drwy Microgontractau y mae ei werth yn fwy na { $threshold }, y mwyaf newydd yn gyntaf, fel y mae Cod Tryloywder Llywodraeth Leol yn ei ofyn. Y gwerth yw'r mwyaf y gall y contract ei gostio o dan ei delerau sydd mewn grym nawr, cyn TAW.
register-review-note = Caiff microgontract ei adolygu pan ddaw i ben, felly ei ddyddiad adolygu yw ei ddyddiad gorffen. Mae cynghorau'n adennill y TAW y mae cynghorau eraill yn ei chodi arnynt (Deddf TAW 1994, adran 33), felly ni chollir unrhyw TAW.
register-department = Adran gyfrifol
register-department-none = Heb ei rhoi gan y cyngor
register-body-id = Dynodwr y sefydliad
register-csv = Lawrlwytho'r gofrestr fel CSV
register-none = Nid yw'r cyngor hwn wedi gosod unrhyw gontract sy'n werth mwy na'r trothwy.
register-no-more = Nid oes contractau hŷn.
register-reference = Cyfeirnod
register-contract = Teitl a disgrifiad
register-supplier = Cyflenwr
register-start = Dechrau
register-end = Diwedd
register-review = Adolygu
register-value = Gwerth
register-vat = TAW na ellir ei hadennill
register-route = Llwybr caffael
register-pages = Tudalennau'r gofrestr
register-newest = Y contractau mwyaf newydd
register-older = Contractau hŷn
register-title-default = Amser ymarferydd digidol
register-description = Hyd at { $hours } awr o amser ymarferydd digidol o gyngor arall ar { $rate } yr awr.
register-description-service = Hyd at { $hours } awr o amser ymarferydd digidol o gyngor arall ar { $rate } yr awr, ar gyfer { $service }.
register-settled-in-credits = Wedi'i setlo mewn credydau oriau, nid arian.
register-route-direct = Dyfarniad uniongyrchol i gyngor arall, wedi'i archebu o blith ei ymarferwyr rhestredig ({ $basis })
register-route-open = Cystadleuaeth bellach yn agored i bob cyngor ({ $basis })
register-route-invited = Cystadleuaeth bellach ymhlith cynghorau a wahoddwyd ({ $basis })
register-department-label = Yr adran sy'n gyfrifol am y contractau rydych yn eu gosod (dewisol)
register-department-hint = Caiff ei henwi yn eich cofrestr contractau gyhoeddus, er enghraifft Gwasanaethau Digidol a Chwsmeriaid.
register-link = Cofrestr contractau

## Mynediad at ddata: popeth a gedwir am unigolyn
data-title = Eich data
data-account-link = Gweld a lawrlwytho popeth a gedwir amdanoch
data-member-link = Eu data
data-page-title = Data a gedwir am { $name }
data-intro = Popeth y mae Microgontractau yn ei gadw am yr unigolyn hwn, fel yr oedd am { $made }, wedi'i grwpio yn ôl ei ddiben. Mae pob tabl yn un math o gofnod; pob rhes yn un cofnod. Caiff gwneud y dudalen hon ei gofnodi yn y log archwilio.
data-secrets = Ni ddangosir byth y cyfrinachau sy'n diogelu'r cyfrif (stwnsh cyfrineiriau a dolenni, cyfrinachau dilyswyr, allweddi sesiwn).
data-json = Lawrlwytho'r cyfan fel ffeil JSON
data-rows = { $count ->
    [one] 1 cofnod
   *[other] { $count } cofnod
}
data-section-account = Cyfrif
data-section-security = Mewngofnodi a diogelwch
data-section-memberships = Cynghorau a rolau
data-section-profile = Proffil yn y gronfa dalent
data-section-deals = Archebion a chontractau
data-section-money = Amser, anfonebau a'r cyfriflyfr
data-section-opportunities = Cyfleoedd, cwestiynau a cheisiadau
data-section-messages = Hysbysiadau a negeseuon e-bost
data-section-groups = Grwpiau cymheiriaid, cyfarfodydd, problemau a phrosiectau
data-section-maps = Map galluoedd
data-section-administration = Gweinyddu cynghorau a'r platfform
data-section-audit = Log archwilio: beth a wnaethant a beth a wnaed amdanynt

## Gadael cyngor
error-last-admin-leaving = Rhaid i'r cyngor gadw o leiaf un gweinyddwr cyngor. Gwnewch rywun arall yn weinyddwr cyngor yn gyntaf.
audit-action-member-left = Wedi gadael y cyngor, neu wedi cael ei dynnu ohono
notify-booking-practitioner-left = Tynnwyd eich cais am amser { $name } yn ôl: maent wedi gadael { $council }
notify-booking-practitioner-left-subject = Tynnwyd cais i archebu yn ôl ar Microgontractau
notify-booking-practitioner-left-email = Helo,

    Mae { $name } wedi gadael { $council }, felly mae eich cais am eu hamser wedi'i dynnu'n ôl a'r oriau a ddaliwyd wedi'u rhyddhau:

    { $link }

    Microgontractau
notify-application-applicant-left = Tynnwyd cais am { $title } yn ôl: mae'r ymgeisydd wedi gadael ei gyngor
notify-application-applicant-left-subject = Tynnwyd cais yn ôl ar Microgontractau
notify-application-applicant-left-email = Helo,

    Tynnwyd cais am { $title } yn ôl oherwydd bod yr ymgeisydd wedi gadael ei gyngor. Nid yw bellach ymhlith y rhai rydych yn eu gwerthuso:

    { $link }

    Microgontractau
leave-title = Gadael { $council }
leave-intro = Mae gadael yn dod â'ch aelodaeth o { $council } a'ch rolau yno i ben. Caiff eich proffil yn y gronfa dalent ei dynnu'n ôl, caiff ceisiadau agored i archebu eich amser a'ch ceisiadau sy'n dal ar waith eu tynnu'n ôl, a dywedir wrth bwy bynnag a ofynnodd. Mae contractau a wnaed eisoes yn aros gyda'r cynghorau.
leave-button = Gadael { $council }
leave-member-title = Tynnu { $name } o { $council }
leave-member-intro = Mae tynnu { $name } yn dod â'u haelodaeth a'u rolau i ben. Caiff eu proffil ei dynnu'n ôl, caiff ceisiadau agored i archebu eu hamser a'u ceisiadau sy'n dal ar waith eu tynnu'n ôl, a dywedir wrth bwy bynnag a ofynnodd. Mae contractau a wnaed eisoes yn aros gyda'r cynghorau.
leave-member-button = Tynnu { $name }
leave-member-link = Tynnu
leave-done = Nid yw { $name } yn aelod o { $council } mwyach.
leave-own-link = Gadael y cyngor hwn
admin-moderation = Cymedroli
moderation-kind-profile = Proffil
moderation-kind-opportunity = Cyfle
moderation-kind-question = Cwestiwn
moderation-kind-problem = Problem
moderation-kind-project = Prosiect
moderation-hide-link = Cuddio (cymedroli)
moderation-hide-title = Cuddio hyn rhag pawb
moderation-hide-intro = Caiff ei adael allan o bob rhestr, chwiliad, ateb API a rhyddhad data agored. Dywedir wrth bwy bynnag a'i postiodd pam, a gallant apelio unwaith.
moderation-hide-button = Ei guddio
moderation-reason = Pam y mae wedi'i guddio
moderation-reason-hint = Mae pwy bynnag a'i postiodd yn darllen hwn. Dywedwch pa reol y mae'n ei thorri a beth fyddai'n ei unioni.
moderation-title = Cymedroli
moderation-intro = Yr hyn y mae gweinyddwyr y platfform wedi'i guddio, a'r apeliadau sy'n aros am benderfyniad. I guddio rhywbeth, defnyddiwch y ddolen ar ei dudalen.
moderation-done-hidden = Mae wedi'i guddio, a dywedwyd wrth bwy bynnag a'i postiodd pam.
moderation-done-decided = Mae'r apêl wedi'i phenderfynu, a dywedwyd wrth bwy bynnag a'i postiodd.
moderation-done-appealed = Mae eich apêl wedi'i hanfon. Bydd gweinyddwr y platfform yn ei phenderfynu, a dywedir wrthych.
moderation-appeals = Apeliadau sy'n aros am benderfyniad
moderation-appeals-none = Nid oes apeliadau'n aros.
moderation-appeal = Apêl
moderation-appealed-at = Apeliwyd
moderation-decision = Penderfyniad
moderation-decision-restored = Ei adfer: ei ddangos eto
moderation-decision-upheld = Ei gadw wedi'i guddio
moderation-note = Nodyn i bwy bynnag a'i postiodd (dewisol)
moderation-decide-button = Penderfynu
moderation-hidden = Wedi'u cuddio
moderation-hidden-none = Nid oes dim wedi'i guddio.
moderation-what = Beth
moderation-hidden-at = Cuddiwyd
moderation-standing = Ble mae'n sefyll
moderation-standing-hidden = Wedi'i guddio; dim apêl eto
moderation-standing-appealed = Apeliwyd; yn aros am benderfyniad
moderation-standing-upheld = Wedi'i gadw wedi'i guddio ar ôl apêl
moderation-standing-restored = Wedi'i adfer ar ôl apêl
moderation-older = Hŷn
moderation-show-title = Wedi'i guddio gan weinyddwr y platfform
moderation-appeal-title = Apelio
moderation-appeal-intro = Gallwch apelio unwaith. Mae gweinyddwr y platfform yn darllen eich apêl ac naill ai'n ei ddangos eto neu'n ei gadw wedi'i guddio.
moderation-appeal-hint = Dywedwch pam y dylid ei ddangos eto, neu beth rydych wedi'i newid.
moderation-appeal-button = Anfon apêl
error-moderation-kind = Dewiswch beth i'w guddio o'r rhestr
error-moderation-decision = Dewiswch a ddylid ei adfer neu ei gadw wedi'i guddio
error-moderation-reason = Rhowch pam y mae wedi'i guddio
error-moderation-reason-too-long = Rhaid i'r rheswm fod yn 2,000 o nodau neu lai
error-moderation-appeal = Rhowch eich apêl
error-moderation-appeal-too-long = Rhaid i'ch apêl fod yn 4,000 o nodau neu lai
error-moderation-appealed-once = Mae apêl eisoes wedi'i gwneud: gallwch apelio unwaith
error-moderation-not-appealed = Nid oes apêl i'w phenderfynu
error-moderation-decided = Mae'r apêl eisoes wedi'i phenderfynu
error-moderation-already-hidden = Mae eisoes wedi'i guddio
notify-moderation-hidden = Mae gweinyddwr y platfform wedi cuddio “{ $title }”: { $reason }
notify-moderation-hidden-subject = Mae rhywbeth a bostiwyd gennych wedi'i guddio
notify-moderation-hidden-email = Helo,

    Mae gweinyddwr y platfform wedi cuddio “{ $title }”, a bostiwyd gennych. Y rheswm a roddwyd:

    { $reason }

    Gallwch ddarllen hyn ac apelio unwaith:

    { $link }

    Microcontracts
notify-moderation-restored = Mae “{ $title }” yn cael ei ddangos eto ar ôl eich apêl
notify-moderation-restored-subject = Roedd eich apêl yn llwyddiannus
notify-moderation-restored-email = Helo,

    Ar ôl eich apêl, mae gweinyddwr y platfform wedi dangos “{ $title }” eto. { $note }

    { $link }

    Microcontracts
notify-moderation-upheld = Mae “{ $title }” yn aros wedi'i guddio ar ôl eich apêl
notify-moderation-upheld-subject = Ni chadarnhawyd eich apêl
notify-moderation-upheld-email = Helo,

    Ar ôl darllen eich apêl, mae gweinyddwr y platfform wedi cadw “{ $title }” wedi'i guddio. { $note }

    { $link }

    Microcontracts
audit-action-content-hidden = Cuddiodd bostiad (cymedroli)
audit-action-moderation-appealed = Apeliodd yn erbyn cymedroli
audit-action-moderation-decided = Penderfynodd apêl yn erbyn cymedroli
dashboard-appeals-waiting = Apeliadau yn erbyn cymedroli sy'n aros am benderfyniad
dashboard-decide = Penderfynu
reference-title = Rhestrau cyfeirio
reference-intro = Y rhestrau y mae pobl yn dewis ohonynt ar draws y gwasanaeth. Ychwanegwch yr hyn sydd ar goll, cywirwch yr hyn sy’n anghywir, a rhowch o’r neilltu yr hyn na ddylid ei ddewis mwyach. Ni chynigir cofnod sydd wedi’i roi o’r neilltu yn unman, ond mae popeth sydd eisoes yn ei enwi yn ei gadw. Mae newidiadau’n cyrraedd pob tudalen o fewn ychydig eiliadau.
reference-list-roles = Rolau
reference-list-skills = Sgiliau
reference-list-services = Gwasanaethau
reference-list-capabilities = Galluoedd
reference-list-intro-roles = Rolau’r proffesiwn Digidol, Data a Thechnoleg (DDaT), gyda’u lefelau fesul band. Mae rolau’r fframwaith ei hun yn cadw eu henwau.
reference-list-intro-skills = Sgiliau’r proffesiwn DDaT y mae ymarferwyr yn eu rhestru a chyfleoedd yn gofyn amdanynt. Mae sgiliau’r fframwaith ei hun yn cadw eu henwau.
reference-list-intro-services = Gwasanaethau y mae cynghorau’n eu darparu, o Restr Gwasanaethau Llywodraeth Leol (LGSL), gyda gwasanaethau swyddfa gefn. Mae gwasanaethau a ychwanegir yma wedi’u rhifo o 100000.
reference-list-intro-capabilities = Yr hyn y gallai fod ei angen ar wasanaeth, ar gyfer y map galluoedd. Mae galluoedd a ychwanegir yma wedi’u rhifo o 100000.
reference-add-roles = Ychwanegu rôl
reference-add-skills = Ychwanegu sgil
reference-add-services = Ychwanegu gwasanaeth
reference-add-capabilities = Ychwanegu gallu
reference-find = Chwilio yn ôl enw
reference-find-button = Chwilio
reference-entries = Cofnodion
reference-name = Enw
reference-detail-roles = Teulu
reference-detail-skills = Disgrifiad
reference-detail-services = Disgrifiad
reference-detail-capabilities = Disgrifiad
reference-source = Ffynhonnell
reference-source-here = Ychwanegwyd yma
reference-source-shipped-roles = Fframwaith DDaT
reference-source-shipped-skills = Fframwaith DDaT
reference-source-shipped-services = LGSL
reference-source-shipped-capabilities = Safonau esd a’r platfform
reference-status = Statws
reference-retired = Wedi’i roi o’r neilltu
reference-in-use = Yn cael ei ddefnyddio
reference-none = Does dim yn cyfateb.
reference-pages = Tudalennau o gofnodion
reference-first-page = Tudalen gyntaf
reference-next-page = Tudalen nesaf
reference-number = Rhif
reference-framework-name = Daw’r enw hwn o fframwaith DDaT ac ni ellir ei newid yma. Gallwch newid y gweddill, neu ei roi o’r neilltu.
reference-family-hint = Er enghraifft: { $families }
reference-description-hint = Dewisol. Fe’i dangosir lle mae pobl yn ei ddewis.
reference-group = Grŵp
reference-group-choose = Dewiswch grŵp
reference-levels = Lefelau
reference-levels-add = Ychwanegu lefelau
reference-levels-hint = Enwch y lefel ym mhob band sydd gan y rôl, o hyfforddai (band 1) i brif (band 8). Gadewch y lleill yn wag.
reference-band = Band { $band }
reference-save = Cadw’r newidiadau
reference-retire-heading = Rhoi o’r neilltu
reference-retire-intro = Ni chynigir cofnod sydd wedi’i roi o’r neilltu mewn unrhyw restr na chwiliad mwyach. Mae proffiliau, cyfleoedd a mapiau sydd eisoes yn ei enwi yn ei gadw.
reference-retire = Ei roi o’r neilltu
reference-restore-heading = Dod ag ef yn ôl
reference-restore-intro = Mae wedi’i roi o’r neilltu. Dewch ag ef yn ôl i’w gynnig eto.
reference-restore = Dod ag ef yn ôl
reference-done-added = Wedi’i ychwanegu. Fe’i cynigir o hyn ymlaen.
reference-done-changed = Cadwyd y newidiadau.
reference-done-retired = Wedi’i roi o’r neilltu. Ni chaiff ei gynnig mwyach.
reference-done-restored = Wedi dod ag ef yn ôl. Fe’i cynigir eto.
error-reference-list = Dewiswch restr gyfeirio
error-reference-name = Rhowch enw
error-reference-name-too-long = Rhaid i’r enw fod yn 150 nod neu lai
error-reference-name-taken = Mae cofnod â’r enw hwn eisoes yn y rhestr
error-reference-family = Rhowch y teulu y mae’r rôl yn perthyn iddo
error-reference-family-too-long = Rhaid i’r teulu fod yn 80 nod neu lai
error-reference-description = Rhowch ddisgrifiad
error-reference-description-too-long = Rhaid i’r disgrifiad fod yn 2,000 nod neu lai
error-reference-framework-name = Ni ellir newid enwau rolau a sgiliau’r fframwaith ei hun
error-reference-group = Dewiswch y grŵp y mae’r gallu yn perthyn iddo
error-reference-level = Rhowch enw’r lefel
error-reference-level-band = Mae gan y rôl lefel yn y band hwn eisoes
error-reference-levels-none = Enwch y lefel mewn o leiaf un band
error-reference-already-retired = Mae eisoes wedi’i roi o’r neilltu
error-reference-not-retired = Nid yw wedi’i roi o’r neilltu
audit-action-reference-added = Ychwanegodd at restr gyfeirio
audit-action-reference-changed = Newidiodd gofnod mewn rhestr gyfeirio
audit-action-reference-retired = Rhoddodd gofnod mewn rhestr gyfeirio o’r neilltu
audit-action-reference-restored = Daeth â chofnod mewn rhestr gyfeirio yn ôl
notify-opportunity-hidden = Mae “{ $title }”, y gwnaethoch gais amdano, wedi’i guddio gan weinyddwr y platfform. Mae eich cais yn aros fel y mae.
notify-opportunity-hidden-subject = Mae cyfle y gwnaethoch gais amdano wedi’i guddio
notify-opportunity-hidden-email = Helo,

    Mae gweinyddwr y platfform wedi cuddio “{ $title }”, cyfle y gwnaethoch gais amdano, tra bydd yn edrych i mewn iddo. Mae eich cais yn aros fel y mae, a chewch wybod os caiff y cyfle ei ddangos eto.

    Eich cais:

    { $link }

    Microcontracts
notify-opportunity-shown-again = Mae “{ $title }”, y gwnaethoch gais amdano, yn cael ei ddangos eto
notify-opportunity-shown-again-subject = Mae cyfle y gwnaethoch gais amdano yn cael ei ddangos eto
notify-opportunity-shown-again-email = Helo,

    Mae gweinyddwr y platfform wedi dangos “{ $title }” eto, cyfle y gwnaethoch gais amdano. Mae eich cais yn parhau fel o’r blaen.

    Eich cais:

    { $link }

    Microcontracts
