#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QRegularExpression>
#include <QString>
#include <QStringConverter>
#include <QStringList>

// A strict RFC 5545 reader for tests: refuses anything a picky calendar program could trip on
// (bare LF, long or mis-split lines, unbalanced components, missing required properties, bad dates,
// unescaped text) and gives back the events so tests can look at their values.
struct IcsChecker
{
    struct Property
    {
        QString name;
        QHash<QString, QString> params;
        QString value; // raw, still escaped
    };
    struct Component
    {
        QString name;
        QList<Property> props;
        QList<Component> children;
        const Property* prop(const QString& n) const
        {
            for (const Property& p : props)
                if (p.name == n)
                    return &p;
            return nullptr;
        }
        int count(const QString& n) const
        {
            int c = 0;
            for (const Property& p : props)
                c += p.name == n;
            return c;
        }
    };

    QStringList errors;
    Component calendar;

    QList<Component> events() const
    {
        QList<Component> out;
        for (const Component& c : calendar.children)
            if (c.name == QLatin1String("VEVENT"))
                out << c;
        return out;
    }

    static QString unescape(const QString& v)
    {
        QString out;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
                const QChar n = v.at(++i);
                out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
            } else {
                out += v.at(i);
            }
        }
        return out;
    }

    bool check(const QByteArray& bytes)
    {
        errors.clear();
        calendar = {};
        QList<QByteArray> physical;
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qsizetype crlf = bytes.indexOf("\r\n", pos);
            if (crlf < 0) {
                errors << QStringLiteral("content does not end with CRLF");
                break;
            }
            physical << bytes.mid(pos, crlf - pos);
            pos = crlf + 2;
        }
        QStringList logical;
        for (int i = 0; i < physical.size(); ++i) {
            const QByteArray& l = physical.at(i);
            if (l.contains('\r') || l.contains('\n'))
                errors << QStringLiteral("line %1: bare CR or LF").arg(i + 1);
            if (l.size() > 75)
                errors << QStringLiteral("line %1: %2 octets").arg(i + 1).arg(l.size());
            auto decode = QStringDecoder(QStringDecoder::Utf8);
            const QString text = decode(l);
            if (decode.hasError())
                errors << QStringLiteral("line %1: invalid or split UTF-8").arg(i + 1);
            if (!l.isEmpty() && (l.at(0) == ' ' || l.at(0) == '\t')) {
                if (logical.isEmpty())
                    errors << QStringLiteral("line 1: continuation without a line");
                else
                    logical.last() += text.mid(1);
            } else {
                if (l.isEmpty())
                    errors << QStringLiteral("line %1: empty line").arg(i + 1);
                logical << text;
            }
        }
        static const QRegularExpression grammar(QStringLiteral(
            R"(^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$)"));
        QList<Component> stack;
        bool closed = false;
        for (int i = 0; i < logical.size(); ++i) {
            const QRegularExpressionMatch m = grammar.match(logical.at(i));
            if (!m.hasMatch()) {
                errors << QStringLiteral("logical line %1 malformed: %2").arg(i + 1).arg(logical.at(i));
                continue;
            }
            Property p;
            p.name = m.captured(1).toUpper();
            for (const QString& param : m.captured(2).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const qsizetype eq = param.indexOf(QLatin1Char('='));
                p.params.insert(param.left(eq).toUpper(), param.mid(eq + 1));
            }
            p.value = m.captured(3);
            for (QChar c : p.value)
                if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                    errors << QStringLiteral("logical line %1: control character").arg(i + 1);
            if (closed)
                errors << QStringLiteral("content after END:VCALENDAR");
            if (p.name == QLatin1String("BEGIN")) {
                if (stack.isEmpty() && i != 0)
                    errors << QStringLiteral("second top-level component");
                if (i == 0 && p.value != QLatin1String("VCALENDAR"))
                    errors << QStringLiteral("does not start with BEGIN:VCALENDAR");
                stack.append({p.value, {}, {}});
            } else if (p.name == QLatin1String("END")) {
                if (stack.isEmpty() || stack.last().name != p.value) {
                    errors << QStringLiteral("END:%1 does not match").arg(p.value);
                    continue;
                }
                Component done = stack.takeLast();
                validate(done);
                if (stack.isEmpty()) {
                    calendar = done;
                    closed = true;
                } else {
                    stack.last().children << done;
                }
            } else if (stack.isEmpty()) {
                errors << QStringLiteral("property outside a component: %1").arg(p.name);
            } else {
                stack.last().props << p;
            }
        }
        if (!stack.isEmpty() || !closed)
            errors << QStringLiteral("unbalanced BEGIN/END");
        QStringList uids;
        for (const Component& e : events()) {
            if (const Property* uid = e.prop(QStringLiteral("UID"))) {
                if (uids.contains(uid->value))
                    errors << QStringLiteral("duplicate UID %1").arg(uid->value);
                uids << uid->value;
            }
        }
        return errors.isEmpty();
    }

private:
    // TEXT: every ; and , escaped, a backslash only before \\ ; , n or N.
    static bool wellEscaped(const QString& v)
    {
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QChar c = v.at(i);
            if (c == QLatin1Char(';') || c == QLatin1Char(','))
                return false;
            if (c == QLatin1Char('\\')) {
                if (i + 1 >= v.size() || !QStringLiteral("\\;,nN").contains(v.at(i + 1)))
                    return false;
                ++i;
            }
        }
        return true;
    }
    static bool isDate(const QString& v)
    {
        return QDate::fromString(v, QStringLiteral("yyyyMMdd")).isValid();
    }
    static bool isUtc(const QString& v)
    {
        static const QRegularExpression re(QStringLiteral(R"(^\d{8}T\d{6}Z$)"));
        return re.match(v).hasMatch() && isDate(v.left(8)) && v.mid(9, 2).toInt() < 24 &&
               v.mid(11, 2).toInt() < 60 && v.mid(13, 2).toInt() < 61;
    }
    void need(const Component& c, const char* name, bool once = true)
    {
        const int n = c.count(QLatin1String(name));
        if (n == 0 || (once && n > 1))
            errors << QStringLiteral("%1 has %2 × %3").arg(c.name).arg(n).arg(QLatin1String(name));
    }
    void validate(const Component& c)
    {
        for (const Property& p : c.props) {
            if (QStringList{QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"),
                            QStringLiteral("LOCATION")}
                    .contains(p.name) &&
                !wellEscaped(p.value))
                errors << QStringLiteral("%1 badly escaped: %2").arg(p.name, p.value);
        }
        if (c.name == QLatin1String("VCALENDAR")) {
            need(c, "VERSION");
            need(c, "PRODID");
            if (const Property* v = c.prop(QStringLiteral("VERSION")); v && v->value != QLatin1String("2.0"))
                errors << QStringLiteral("VERSION is not 2.0");
        } else if (c.name == QLatin1String("VEVENT")) {
            need(c, "UID");
            need(c, "DTSTAMP");
            need(c, "DTSTART");
            if (const Property* s = c.prop(QStringLiteral("DTSTAMP")); s && !isUtc(s->value))
                errors << QStringLiteral("DTSTAMP not UTC date-time: %1").arg(s->value);
            const Property* start = c.prop(QStringLiteral("DTSTART"));
            const Property* end = c.prop(QStringLiteral("DTEND"));
            for (const Property* p : {start, end}) {
                if (p && p->params.value(QStringLiteral("VALUE")) == QLatin1String("DATE") &&
                    !isDate(p->value))
                    errors << QStringLiteral("bad DATE %1").arg(p->value);
            }
            if (start && end) {
                if (start->params.value(QStringLiteral("VALUE")) !=
                    end->params.value(QStringLiteral("VALUE")))
                    errors << QStringLiteral("DTSTART and DTEND of different types");
                else if (end->value <= start->value)
                    errors << QStringLiteral("DTEND %1 not after DTSTART %2").arg(end->value, start->value);
            }
        } else if (c.name == QLatin1String("VALARM")) {
            need(c, "ACTION");
            need(c, "TRIGGER");
            need(c, "DESCRIPTION");
        } else if (c.name == QLatin1String("VTIMEZONE")) {
            need(c, "TZID");
            if (c.children.isEmpty())
                errors << QStringLiteral("VTIMEZONE without STANDARD/DAYLIGHT");
        } else if (c.name == QLatin1String("STANDARD") || c.name == QLatin1String("DAYLIGHT")) {
            need(c, "DTSTART");
            need(c, "TZOFFSETFROM");
            need(c, "TZOFFSETTO");
        }
    }
};
