#include "CampaignForm.h"

#include "ReferenceEditor.h"
#include "ReferenceRules.h"
#include "ThemeVariants.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {
// A date edit shows its minimum as "not set"; the notice leaves some dates open.
const QDate kUnset(1970, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kUnset ? QDate() : edit->date();
}

void setDate(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : kUnset);
}
} // namespace

CampaignForm::CampaignForm(Workspace& workspace, ReferenceEditor& editor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_editor(editor), m_year(new QSpinBox), m_ordinal(new QLabel),
      m_contentMissing(new QLabel), m_state(new QComboBox), m_title(new QLineEdit), m_theme(new QLineEdit),
      m_themeSuggestion(new QLabel), m_documentNumber(new QLineEdit), m_issuingBody(new QLineEdit),
      m_issuedOn(makeDateEdit(true)), m_start(makeDateEdit(true)), m_end(makeDateEdit(true)),
      m_summaryDeadline(makeDateEdit(true)), m_recipient(new QLineEdit), m_refusal(new QLabel)
{
    m_year->setRange(ReferenceRules::firstYear, ReferenceRules::lastYear);
    for (QAbstractSpinBox* fixed :
         std::initializer_list<QAbstractSpinBox*>{m_year, m_issuedOn, m_start, m_end, m_summaryDeadline})
        fixed->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_documentNumber->setPlaceholderText(tr("e.g. 国市监质发〔2021〕51号"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    for (int i = 0; i < CampaignStates::count; ++i)
        m_state->addItem(CampaignStates::displayName(CampaignState(i)), i);
    m_state->setToolTip(tr("Only a campaign that is not yet reported has deadline reminders and overdue "
                           "marks; a reported campaign is kept as history."));
    m_contentMissing->setObjectName(QStringLiteral("contentMissing"));
    m_contentMissing->setText(tr("This year's campaign content is not built in; please import the notice."));
    m_contentMissing->setWordWrap(true);
    m_contentMissing->setStyleSheet(
        QStringLiteral("background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"));

    auto* year = new QHBoxLayout;
    year->addWidget(m_year);
    year->addWidget(m_ordinal);
    year->addStretch();
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_end);
    dates->addStretch();
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_contentMissing);
    form->addRow(tr("Year"), year);
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(QString(), m_themeSuggestion);
    form->addRow(tr("Document number"), m_documentNumber);
    form->addRow(tr("Issued by"), m_issuingBody);
    form->addRow(tr("Issued on"), m_issuedOn);
    form->addRow(tr("Period"), dates);
    form->addRow(tr("Summary due"), m_summaryDeadline);
    form->addRow(tr("Summary goes to"), m_recipient);
    form->addRow(m_refusal);

    // Themes are free text; the local wording for the unit's level is only offered.
    m_theme->setObjectName(QStringLiteral("theme"));
    m_themeSuggestion->setObjectName(QStringLiteral("themeSuggestion"));
    m_themeSuggestion->setTextFormat(Qt::RichText);
    connect(m_themeSuggestion, &QLabel::linkActivated, this, [this] {
        m_theme->setText(ThemeVariants::localised(m_theme->text().trimmed(), m_workspace.unit().level));
        save();
    });
    connect(m_theme, &QLineEdit::textChanged, this, &CampaignForm::showThemeSuggestion);
    connect(m_year, &QSpinBox::editingFinished, this, &CampaignForm::save);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CampaignForm::save);
    for (QLineEdit* e : {m_title, m_theme, m_documentNumber, m_issuingBody, m_recipient})
        connect(e, &QLineEdit::editingFinished, this, &CampaignForm::save);
    for (QDateEdit* e : {m_issuedOn, m_start, m_end, m_summaryDeadline})
        connect(e, &QDateEdit::dateChanged, this, &CampaignForm::save);
    reload();
}

QDateEdit* CampaignForm::makeDateEdit(bool optional)
{
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (optional) {
        edit->setMinimumDate(kUnset);
        edit->setSpecialValueText(tr("Not set"));
    }
    return edit;
}

void CampaignForm::reload()
{
    const Campaign& c = m_workspace.campaign().campaign;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_year),     QSignalBlocker(m_state),
                                       QSignalBlocker(m_issuedOn), QSignalBlocker(m_start),
                                       QSignalBlocker(m_end),      QSignalBlocker(m_summaryDeadline)};
    m_year->setValue(c.year);
    m_ordinal->setText(tr("No. %1 national Quality Month").arg(c.ordinal()));
    m_state->setCurrentIndex(m_state->findData(int(c.state)));
    m_contentMissing->setVisible(c.id != 0 && !c.contentComplete);
    m_title->setText(c.title);
    m_theme->setText(c.theme);
    m_documentNumber->setText(c.documentNumber);
    m_issuingBody->setText(c.issuingBody);
    setDate(m_issuedOn, c.issuedOn);
    setDate(m_start, c.start);
    setDate(m_end, c.end);
    setDate(m_summaryDeadline, c.summaryDeadline);
    m_recipient->setText(c.recipient);
    m_refusal->hide();
    showThemeSuggestion();
}

void CampaignForm::showThemeSuggestion()
{
    const QString local = ThemeVariants::localised(m_theme->text().trimmed(), m_workspace.unit().level);
    m_themeSuggestion->setText(tr("Local wording: %1 <a href=\"use\">Use it</a>").arg(local.toHtmlEscaped()));
    m_themeSuggestion->setVisible(!local.isEmpty());
}

QString CampaignForm::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

Campaign CampaignForm::edited() const
{
    Campaign c = m_workspace.campaign().campaign;
    c.year = m_year->value();
    c.state = CampaignState(m_state->currentData().toInt());
    c.title = m_title->text().trimmed();
    c.theme = m_theme->text().trimmed();
    c.documentNumber = m_documentNumber->text().trimmed();
    c.issuingBody = m_issuingBody->text().trimmed();
    c.issuedOn = dateOf(m_issuedOn);
    c.start = dateOf(m_start);
    c.end = dateOf(m_end);
    c.summaryDeadline = dateOf(m_summaryDeadline);
    c.recipient = m_recipient->text().trimmed();
    return c;
}

void CampaignForm::save()
{
    QString problem;
    if (m_editor.editCampaign(edited(), &problem)) {
        m_refusal->hide(); // the workspace announces the change; the page shows it everywhere
        return;
    }
    m_refusal->setText(tr("Not saved: %1").arg(problem));
    m_refusal->show();
}
