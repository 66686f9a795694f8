#include "notice/NoticeContent.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace NoticeContent {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NoticeContent", text);
}

QDate isoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// The pillar colours of the built-in campaign, then two more for notices with six or seven areas.
const char* const kColours[] = {"#C0392B", "#D68910", "#1F77B4", "#2E8B57", "#7D3C98", "#17A589", "#5D6D7E"};

} // namespace

QString problem(const NoticeFields& f)
{
    if (!f.title.found() && !f.year.found())
        return tr(
            "This is not a Quality Month notice: neither its title (关于开展…年…“质量月”活动的通知) nor "
            "its year was found.");
    const int year = f.year.value.toInt();
    if (year < 1978 || year > 2100)
        return tr("The notice's year is missing or not a year between 1978 and 2100.");
    if (!f.theme.found())
        return tr("The notice names no theme (活动主题). Enter the theme before creating the campaign.");
    if (f.month.found() && !QDate::fromString(f.month.value + QStringLiteral("-01"), Qt::ISODate).isValid())
        return tr("The month “%1” is not a month; write it as 2021-09.").arg(f.month.value);
    for (const NoticeValue* date : {&f.issuedOn, &f.summaryDeadline})
        if (date->found() && !isoDate(date->value).isValid())
            return tr("The date “%1” is not a date; write it as 2021-08-20.").arg(date->value);
    return {};
}

QString campaignTitle(const QString& noticeTitle)
{
    static const QRegularExpression wrapper(QStringLiteral("^关于开展|的通知$"));
    QString title = noticeTitle;
    return title.remove(wrapper).trimmed();
}

CampaignContent toContent(const NoticeFields& f)
{
    CampaignContent content;
    Campaign& c = content.campaign;
    c.year = f.year.value.toInt();
    c.title =
        f.title.found() ? campaignTitle(f.title.value) : QStringLiteral("%1年全国“质量月”活动").arg(c.year);
    c.theme = f.theme.value;
    c.issuingBody = f.issuingBody.value;
    c.documentNumber = f.documentNumber.value;
    c.issuedOn = isoDate(f.issuedOn.value);
    // The Quality Month is September unless the notice says otherwise.
    c.start = f.month.found() ? isoDate(f.month.value + QStringLiteral("-01")) : QDate(c.year, 9, 1);
    if (c.start.isValid())
        c.end = c.start.addDays(c.start.daysInMonth() - 1);
    c.summaryDeadline = isoDate(f.summaryDeadline.value);
    c.recipient = f.recipient.value;
    for (int i = 0; i < f.pillars.size(); ++i) {
        const NoticeItem& p = f.pillars[i];
        content.pillars << Pillar{
            0, 0, i, p.title, p.shortName, p.text, QString::fromLatin1(kColours[i % std::size(kColours)])};
    }
    for (int i = 0; i < f.organizers.size(); ++i)
        content.organizers << Organizer{0, 0, i, f.organizers[i].title, f.organizers[i].text};
    for (int i = 0; i < f.slogans.size(); ++i)
        content.slogans << Slogan{0, 0, i, f.slogans[i]};
    for (int i = 0; i < f.requirements.size(); ++i)
        content.requirements << Requirement{0, 0, i, f.requirements[i].title, f.requirements[i].text};
    if (f.level != NoticeLevel::National) {
        // A local notice without its national one: the campaign is the local one's, cited as such.
        content.localNotices << toLocalNotice(f);
        c.issuingBody.clear();
        c.documentNumber.clear();
    }
    return content;
}

LocalNotice toLocalNotice(const NoticeFields& f)
{
    LocalNotice n;
    switch (f.level) {
    case NoticeLevel::National:
    case NoticeLevel::Provincial:
        n.level = LocalNotice::Level::Provincial;
        break;
    case NoticeLevel::Prefectural:
        n.level = LocalNotice::Level::Prefectural;
        break;
    case NoticeLevel::County:
        n.level = LocalNotice::Level::County;
        break;
    }
    n.issuingBody = f.issuingBody.value;
    n.title = f.title.value;
    n.documentNumber = f.documentNumber.value;
    n.issuedOn = isoDate(f.issuedOn.value);
    n.theme = f.theme.value;
    return n;
}

} // namespace NoticeContent
