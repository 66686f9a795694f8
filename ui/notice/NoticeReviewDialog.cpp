#include "NoticeReviewDialog.h"

#include "ReferenceEditor.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Column { Field, Value, Source };
constexpr int kKeyRole = Qt::UserRole + 1;

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

NoticeReviewDialog::NoticeReviewDialog(Workspace& workspace, ReferenceEditor& editor,
                                       const NoticeFields& fields, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_editor(editor), m_fields(fields),
      m_table(new QTableWidget(0, 3)), m_level(new QComboBox), m_metricsFrom(new QComboBox),
      m_plan(new QLabel), m_refusal(new QLabel), m_create(new QPushButton(tr("Create Campaign")))
{
    setWindowTitle(tr("Review the Notice"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Recognised value (editable)"), tr("From the notice")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Field, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    m_table->setColumnWidth(Value, 300);

    const NoticeFields& f = fields;
    addRow(tr("Title"), QStringLiteral("title"), f.title.value, f.title.source);
    addRow(tr("Year"), QStringLiteral("year"), f.year.value, f.year.source);
    addRow(tr("Document number"), QStringLiteral("documentNumber"), f.documentNumber.value,
           f.documentNumber.source);
    addRow(tr("Issued by"), QStringLiteral("issuingBody"), f.issuingBody.value, f.issuingBody.source);
    addRow(tr("Number of issuing bodies"), QStringLiteral("bodyCount"), f.bodyCount.value,
           f.bodyCount.source);
    addRow(tr("Theme"), QStringLiteral("theme"), f.theme.value, f.theme.source);
    addRow(tr("Month (yyyy-MM)"), QStringLiteral("month"), f.month.value, f.month.source);
    addRow(tr("Issued on (yyyy-MM-dd)"), QStringLiteral("issuedOn"), f.issuedOn.value, f.issuedOn.source);
    addRow(tr("Summary due (yyyy-MM-dd)"), QStringLiteral("summaryDeadline"), f.summaryDeadline.value,
           f.summaryDeadline.source);
    addRow(tr("Summary goes to"), QStringLiteral("recipient"), f.recipient.value, f.recipient.source);
    for (int i = 0; i < f.pillars.size(); ++i) {
        addRow(tr("Pillar %1").arg(i + 1), QStringLiteral("pillar:%1").arg(i), f.pillars[i].title,
               f.pillars[i].source);
        addRow(tr("Pillar %1 short name").arg(i + 1), QStringLiteral("short:%1").arg(i),
               f.pillars[i].shortName, QString());
    }
    for (int i = 0; i < f.requirements.size(); ++i)
        addRow(tr("Requirement %1").arg(i + 1), QStringLiteral("requirement:%1").arg(i),
               f.requirements[i].title, f.requirements[i].source);
    for (int i = 0; i < f.organizers.size(); ++i)
        addRow(tr("Organizer %1").arg(i + 1), QStringLiteral("organizer:%1").arg(i), f.organizers[i].title,
               f.organizers[i].source.isEmpty() ? f.bodiesSource : f.organizers[i].source);
    for (int i = 0; i < f.slogans.size(); ++i)
        addRow(tr("Slogan %1").arg(i + 1), QStringLiteral("slogan:%1").arg(i), f.slogans[i],
               f.slogansSource.section(QLatin1Char('\n'), i, i));
    m_table->resizeRowsToContents();

    m_level->addItem(tr("National notice"), int(NoticeLevel::National));
    m_level->addItem(tr("Provincial notice"), int(NoticeLevel::Provincial));
    m_level->addItem(tr("Prefectural notice"), int(NoticeLevel::Prefectural));
    m_level->addItem(tr("County notice"), int(NoticeLevel::County));
    m_level->setCurrentIndex(m_level->findData(int(f.level)));
    m_level->setToolTip(f.levelSource);
    m_metricsFrom->addItem(tr("None"), 0);
    for (const Campaign& c : workspace.campaigns())
        m_metricsFrom->addItem(tr("%1 — %2").arg(c.year).arg(c.title), c.id);
    m_metricsFrom->setCurrentIndex(m_metricsFrom->count() > 1 ? 1 : 0); // the newest year
    auto* carried =
        new QLabel(tr("The unit and its departments belong to the file and serve every campaign."));
    carried->setWordWrap(true);
    m_plan->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refusal->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);

    auto* options = new QFormLayout;
    options->addRow(tr("This is a"), m_level);
    options->addRow(tr("Start with the metrics of"), m_metricsFrom);
    options->addRow(carried);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(options);
    layout->addWidget(m_plan);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoticeReviewDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &NoticeReviewDialog::updatePlan);
    connect(m_level, &QComboBox::currentIndexChanged, this, &NoticeReviewDialog::updatePlan);
    updatePlan();
    resize(1000, 640);
    // Row heights follow the wrapped sentences once the columns have their final widths.
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
}

void NoticeReviewDialog::addRow(const QString& label, const QString& key, const QString& value,
                                const QString& source)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QTableWidgetItem* field = readOnly(label);
    field->setData(kKeyRole, key);
    m_table->setItem(row, Field, field);
    m_table->setItem(row, Value, new QTableWidgetItem(value));
    QTableWidgetItem* from = readOnly(source.isEmpty() ? tr("(not in the notice)") : source);
    if (source.isEmpty())
        from->setForeground(Qt::gray);
    from->setToolTip(source);
    m_table->setItem(row, Source, from);
}

int NoticeReviewDialog::rowOf(const QString& label) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Field)->text() == label)
            return row;
    return -1;
}

QString NoticeReviewDialog::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

NoticeFields NoticeReviewDialog::edited() const
{
    NoticeFields f = m_fields;
    f.level = NoticeLevel(m_level->currentData().toInt());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, Field)->data(kKeyRole).toString();
        const QString value = m_table->item(row, Value)->text().trimmed();
        const QString kind = key.section(QLatin1Char(':'), 0, 0);
        const int n = key.section(QLatin1Char(':'), 1, 1).toInt();
        NoticeValue* plain = kind == QLatin1String("title")             ? &f.title
                             : kind == QLatin1String("year")            ? &f.year
                             : kind == QLatin1String("documentNumber")  ? &f.documentNumber
                             : kind == QLatin1String("issuingBody")     ? &f.issuingBody
                             : kind == QLatin1String("bodyCount")       ? &f.bodyCount
                             : kind == QLatin1String("theme")           ? &f.theme
                             : kind == QLatin1String("month")           ? &f.month
                             : kind == QLatin1String("issuedOn")        ? &f.issuedOn
                             : kind == QLatin1String("summaryDeadline") ? &f.summaryDeadline
                             : kind == QLatin1String("recipient")       ? &f.recipient
                                                                        : nullptr;
        if (plain)
            plain->value = value;
        else if (kind == QLatin1String("pillar"))
            f.pillars[n].title = value;
        else if (kind == QLatin1String("short"))
            f.pillars[n].shortName = value;
        else if (kind == QLatin1String("requirement"))
            f.requirements[n].title = value;
        else if (kind == QLatin1String("organizer"))
            f.organizers[n].title = value;
        else if (kind == QLatin1String("slogan"))
            f.slogans[n] = value;
    }
    // Items the user emptied are left out.
    f.pillars.removeIf([](const NoticeItem& i) { return i.title.isEmpty(); });
    f.requirements.removeIf([](const NoticeItem& i) { return i.title.isEmpty(); });
    f.organizers.removeIf([](const NoticeItem& i) { return i.title.isEmpty(); });
    f.slogans.removeIf([](const QString& s) { return s.isEmpty(); });
    return f;
}

void NoticeReviewDialog::updatePlan()
{
    m_plan->setText(m_editor.noticePlan(edited()));
}

void NoticeReviewDialog::accept()
{
    QString error;
    const qint64 id =
        m_editor.createFromNotice(edited(), m_metricsFrom->currentData().toLongLong(), nullptr, &error);
    if (id == 0) {
        m_refusal->setText(tr("Not created: %1").arg(error));
        m_refusal->show();
        return;
    }
    m_campaignId = id;
    // The campaign is in the file; failing to show it now is reported but does not undo it.
    if (!m_workspace.setCurrentCampaign(id, &error)) {
        m_refusal->setText(tr("The campaign was created but cannot be shown: %1").arg(error));
        m_refusal->show();
        return;
    }
    QDialog::accept();
}
