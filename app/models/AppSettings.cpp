#include "AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastFile = QStringLiteral("files/last");
const QString kRecent = QStringLiteral("files/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kHeader = QStringLiteral("activities/header");
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

AppSettings::Language AppSettings::language() const
{
    const QString v = m_settings->value(kLanguage).toString();
    if (v == QLatin1String("zh_CN"))
        return Language::Chinese;
    if (v == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void AppSettings::setLanguage(Language language)
{
    switch (language) {
    case Language::Chinese:
        m_settings->setValue(kLanguage, QStringLiteral("zh_CN"));
        break;
    case Language::English:
        m_settings->setValue(kLanguage, QStringLiteral("en"));
        break;
    case Language::System:
        m_settings->remove(kLanguage);
        break;
    }
}

QString AppSettings::languageCode(Language language, const QString& systemLocaleName)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    // Chinese unless the system asks for English: the program is made for Chinese bureaus.
    return systemLocaleName.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString AppSettings::lastFile() const
{
    return m_settings->value(kLastFile).toString();
}

void AppSettings::setLastFile(const QString& path)
{
    m_settings->setValue(kLastFile, path);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    // A shared server's address (postgresql://…) is kept as written; it names no file. It holds no
    // password: addresses with one are refused before anything opens.
    const QString absolute = path.contains(QLatin1String("://")) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxRecentFiles)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings->setValue(kRecent, list);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::tableHeaderState() const
{
    return m_settings->value(kHeader).toByteArray();
}

void AppSettings::setTableHeaderState(const QByteArray& state)
{
    m_settings->setValue(kHeader, state);
}
